package it.percorsi.helpdesk;

import java.util.EnumSet;
import java.util.Set;

/** NEW → OPEN → WAITING_FOR_USER → RESOLVED → CLOSED; a resolved ticket may be reopened for a while. */
public enum TicketStatus {
    NEW, OPEN, WAITING_FOR_USER, RESOLVED, CLOSED;

    public Set<TicketStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(OPEN, WAITING_FOR_USER, RESOLVED, CLOSED);
            case OPEN -> EnumSet.of(WAITING_FOR_USER, RESOLVED, CLOSED);
            case WAITING_FOR_USER -> EnumSet.of(OPEN, RESOLVED, CLOSED);
            case RESOLVED -> EnumSet.of(OPEN, CLOSED);
            case CLOSED -> EnumSet.noneOf(TicketStatus.class);
        };
    }

    public boolean canMoveTo(TicketStatus target) {
        return next().contains(target);
    }

    /** Still to be worked: the SLA clock runs (except while waiting for the user). */
    public boolean active() {
        return this == NEW || this == OPEN || this == WAITING_FOR_USER;
    }
}
