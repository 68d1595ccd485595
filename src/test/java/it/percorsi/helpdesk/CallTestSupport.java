package it.percorsi.helpdesk;

import biweekly.Biweekly;
import biweekly.ICalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Call slots and the invitations they mail, for the call tests. */
public final class CallTestSupport {

    private CallTestSupport() {
    }

    /** A start {@code days} days and {@code hours} hours from the clock's now, on a whole hour. */
    public static Instant at(ApplicationContext context, int days, int hours) {
        return context.getBean(java.time.Clock.class).instant().truncatedTo(ChronoUnit.HOURS)
                .plus(Duration.ofDays(days)).plus(Duration.ofHours(hours));
    }

    /** The invitation mails (with .ics) to one address, oldest first, read straight from the outbox table. */
    public static List<Map<String, Object>> invitationMails(ApplicationContext context, String recipient) {
        return context.getBean(JdbcTemplate.class).queryForList("""
                select recipient, subject, body, attachment_name, attachment_type, attachment_text from outbox_mail
                where lower(recipient) = lower(?) and attachment_text is not null order by id""", recipient);
    }

    /** The invitation mails whose .ics carries this UID, to anybody, oldest first. */
    public static List<Map<String, Object>> mailsWithUid(ApplicationContext context, String uid) {
        return context.getBean(JdbcTemplate.class).queryForList("""
                select recipient, subject, body, attachment_name, attachment_type, attachment_text from outbox_mail
                where attachment_text like ? order by id""", "%UID:" + uid + "%");
    }

    public static ICalendar parse(Map<String, Object> mail) {
        List<ICalendar> all = Biweekly.parse((String) mail.get("attachment_text")).all();
        if (all.size() != 1) {
            throw new AssertionError("Expected one calendar in " + mail.get("attachment_text"));
        }
        return all.getFirst();
    }
}
