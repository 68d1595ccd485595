package it.percorsi.account;

public enum AccountStatus {
    /** Registered, e-mail not yet verified. */
    UNVERIFIED,
    /** Invited by an ADMIN, password not yet chosen. */
    INVITED,
    /** E-mail verified; waits for a referent of the administration it asked to join (or an ADMIN) to consent. */
    AWAITING_APPROVAL,
    ACTIVE,
    DISABLED
}
