package it.percorsi.helpdesk;

import it.percorsi.helpdesk.HelpdeskEvents.TicketOverdue;
import it.percorsi.helpdesk.internal.Ticket;
import it.percorsi.helpdesk.internal.TicketHistory;
import it.percorsi.helpdesk.internal.TicketHistoryRepository;
import it.percorsi.helpdesk.internal.TicketRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time-driven work, run by {@link HelpdeskScheduler} (tests call it directly with a moved clock):
 * one mail to ADMINs per breach of a due time, and the closing of tickets resolved long enough.
 */
@Service
public class HelpdeskJobs {

    private static final int BATCH = 500;

    private final TicketRepository tickets;
    private final TicketHistoryRepository history;
    private final SlaService sla;
    private final TicketService service;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HelpdeskJobs(TicketRepository tickets, TicketHistoryRepository history, SlaService sla, TicketService service,
                 ApplicationEventPublisher events, Clock clock) {
        this.tickets = tickets;
        this.history = history;
        this.sla = sla;
        this.service = service;
        this.events = events;
        this.clock = clock;
    }

    /** Returns how many breaches were reported. */
    @Transactional
    public int reportBreaches() {
        Instant now = clock.instant();
        List<Recipient> admins = null;
        int reported = 0;
        for (Ticket t : tickets.findByDueAtBefore(now, PageRequest.of(0, BATCH))) {
            if (t.getDueAt().equals(t.getBreachNotifiedDueAt())) {
                continue;
            }
            if (admins == null) {
                admins = service.admins();
            }
            boolean firstResponse = t.getFirstResponseAt() == null && t.getDueAt().equals(t.getFirstResponseDueAt());
            events.publishEvent(new TicketOverdue(t.getNumber(), t.getSubject(), firstResponse, t.getDueAt(),
                    HelpdeskRoutes.ticket(t.getId()), admins));
            history.save(new TicketHistory(t.getId(), "Percorsi", "OVERDUE", null,
                    firstResponse ? "FIRST_RESPONSE" : "RESOLUTION", now));
            t.breachNotified();
            reported++;
        }
        return reported;
    }

    /** Closes tickets resolved more than the configured days ago; returns how many. */
    @Transactional
    public int closeResolved() {
        Instant now = clock.instant();
        Instant before = now.minus(Duration.ofDays(sla.autoCloseDays()));
        List<Ticket> due = tickets.findByStatusAndResolvedAtBefore(TicketStatus.RESOLVED, before,
                PageRequest.of(0, BATCH));
        for (Ticket t : due) {
            t.setStatus(TicketStatus.CLOSED, now);
            history.save(new TicketHistory(t.getId(), "Percorsi", "STATUS", TicketStatus.RESOLVED.name(),
                    TicketStatus.CLOSED.name(), now));
        }
        return due.size();
    }
}
