package it.percorsi.helpdesk;

/** Why an incoming mail did not land in a ticket by itself (DD009). */
public enum QuarantineReason {
    /** No active account has the sender's address. */
    UNKNOWN_SENDER,
    /** A referent of another administration than the ticket's. */
    OTHER_ADMINISTRATION,
    /** A staff member who is not the ticket's assignee, or an account that may not write on tickets. */
    NOT_ALLOWED,
    /** The reply token does not carry a valid signature. */
    FORGED_TOKEN,
    /** The reply token is older than its validity. */
    EXPIRED_TOKEN,
    /** The receiving server reported that the sender's domain failed DMARC. */
    SPOOFED,
    /** The ticket is closed (or resolved longer ago than it may be reopened). */
    TICKET_CLOSED,
    /** Nothing identifies a ticket and no new ticket may be opened from it. */
    NO_TICKET,
    /** The mail could not be read or stored. */
    UNREADABLE
}
