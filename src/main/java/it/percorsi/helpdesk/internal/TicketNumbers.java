package it.percorsi.helpdesk.internal;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ticket numbers HD-YYYY-NNNNNN, unique per year even under concurrent creation: the counter row
 * of the year is incremented by an UPDATE (a row lock both on H2 and PostgreSQL) in a short
 * transaction of its own, so concurrent creations wait only for each other's increment. A ticket
 * whose creation then fails leaves a gap, never a duplicate.
 */
@Component
public class TicketNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    TicketNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public String next(Instant now, ZoneId zone) {
        int year = now.atZone(zone).getYear();
        for (int attempt = 0; attempt < 5; attempt++) {
            Long value = tx.execute(s -> increment(year));
            if (value != null) {
                return format(year, value);
            }
            try {
                tx.executeWithoutResult(s -> jdbc.update(
                        "insert into hd_ticket_counter (counter_year, last_value) values (?, 0)", year));
            } catch (DataIntegrityViolationException raced) {
                // another creation inserted the year's row first: increment it
            }
        }
        throw new IllegalStateException("No ticket number for " + year);
    }

    private Long increment(int year) {
        if (jdbc.update("update hd_ticket_counter set last_value = last_value + 1 where counter_year = ?", year) == 0) {
            return null;
        }
        return jdbc.queryForObject("select last_value from hd_ticket_counter where counter_year = ?", Long.class, year);
    }

    public static String format(int year, long value) {
        return String.format("HD-%d-%06d", year, value);
    }
}
