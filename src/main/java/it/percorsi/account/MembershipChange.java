package it.percorsi.account;

/** The kinds of change recorded in an administration's membership history. */
public enum MembershipChange {
    /** The administration was registered by its first referent. */
    FOUNDED,
    /** Someone asked to join (after proving their address). */
    REQUESTED,
    APPROVED,
    REFUSED,
    /** A referent invited a colleague (an invitation is consent). */
    INVITED,
    /** An invited colleague accepted and joined. */
    JOINED
}
