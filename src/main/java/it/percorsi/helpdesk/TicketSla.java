package it.percorsi.helpdesk;

import it.percorsi.helpdesk.internal.Ticket;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The SLA clock of a ticket: it pauses when the ticket starts WAITING_FOR_USER (keeping the
 * working minutes that were left, negative when already late) and resumes from there when it
 * moves on; a reopened ticket gets a fresh resolution target; a new priority keeps the working
 * time already used and applies the new target to it.
 */
@Component
class TicketSla {

    private final SlaService sla;

    TicketSla(SlaService sla) {
        this.sla = sla;
    }

    void beforeMove(Ticket t, TicketStatus from, TicketStatus to, Instant now) {
        BusinessCalendar calendar = sla.calendar();
        if (to == TicketStatus.WAITING_FOR_USER && from != TicketStatus.WAITING_FOR_USER) {
            t.pause(now, t.getFirstResponseAt() == null ? left(calendar, t.getFirstResponseDueAt(), now) : null,
                    left(calendar, t.getResolutionDueAt(), now));
        } else if (from == TicketStatus.WAITING_FOR_USER && to.active()) {
            t.resume(resume(calendar, t.getFirstResponseLeftMinutes(), t.getFirstResponseDueAt(), now),
                    resume(calendar, t.getResolutionLeftMinutes(), t.getResolutionDueAt(), now));
        } else if (from == TicketStatus.RESOLVED && to == TicketStatus.OPEN) {
            Instant[] dues = sla.dues(now, t.getPriority());
            t.dues(t.getFirstResponseAt() == null ? dues[0] : null, dues[1]);
        } else if (from == TicketStatus.WAITING_FOR_USER) {
            t.resume(null, null);
        }
    }

    void reprioritise(Ticket t, TicketPriority priority, Instant now) {
        BusinessCalendar calendar = sla.calendar();
        Instant[] oldDues = sla.dues(t.getCreatedAt(), t.getPriority());
        Instant[] newDues = sla.dues(t.getCreatedAt(), priority);
        Duration firstShift = shift(calendar, t.getCreatedAt(), oldDues[0], newDues[0]);
        Duration resolutionShift = shift(calendar, t.getCreatedAt(), oldDues[1], newDues[1]);
        t.setPriority(priority);
        if (t.getPausedAt() != null) {
            t.pause(t.getPausedAt(), add(t.getFirstResponseLeftMinutes(), firstShift),
                    add(t.getResolutionLeftMinutes(), resolutionShift));
            return;
        }
        if (!t.getStatus().active()) {
            return;
        }
        Long firstLeft = t.getFirstResponseAt() == null ? add(left(calendar, t.getFirstResponseDueAt(), now), firstShift)
                : null;
        Long resolutionLeft = add(left(calendar, t.getResolutionDueAt(), now), resolutionShift);
        t.dues(resume(calendar, firstLeft, now), resume(calendar, resolutionLeft, now));
    }

    /** Working minutes from now to the due time; negative (minutes late) when it has passed. */
    static Long left(BusinessCalendar calendar, Instant due, Instant now) {
        if (due == null) {
            return null;
        }
        return due.isAfter(now) ? calendar.between(now, due).toMinutes() : -calendar.between(due, now).toMinutes() - 1;
    }

    /** The due time after a pause: the minutes still left counted from now; a passed due time is kept. */
    static Instant resume(BusinessCalendar calendar, Long leftMinutes, Instant keptDue, Instant now) {
        if (leftMinutes == null || leftMinutes < 0) {
            return keptDue;
        }
        return calendar.plus(now, Duration.ofMinutes(leftMinutes));
    }

    /** The due time for the minutes left from now; "now" (late at once) when none are left. */
    static Instant resume(BusinessCalendar calendar, Long leftMinutes, Instant now) {
        if (leftMinutes == null) {
            return null;
        }
        return leftMinutes < 0 ? now : calendar.plus(now, Duration.ofMinutes(leftMinutes));
    }

    private static Duration shift(BusinessCalendar calendar, Instant from, Instant oldDue, Instant newDue) {
        return calendar.between(from, newDue).minus(calendar.between(from, oldDue));
    }

    private static Long add(Long minutes, Duration shift) {
        return minutes == null ? null : minutes + shift.toMinutes();
    }
}
