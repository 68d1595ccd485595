package it.percorsi.helpdesk;

/** What became of an incoming mail (its receipt). */
public enum InboundOutcome {
    /** A public reply on a ticket. */
    REPLY,
    /** A new ticket of a known referent. */
    NEW_TICKET,
    /** Held for staff with a reason. */
    QUARANTINED,
    /** An auto-reply, a bounce or bulk mail: recorded, never answered. */
    AUTOMATIC,
    /** Already processed (its receipt exists): nothing done again. */
    DUPLICATE
}
