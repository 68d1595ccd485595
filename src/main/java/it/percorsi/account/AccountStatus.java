package it.percorsi.account;

public enum AccountStatus {
    /** Registered, e-mail not yet verified. */
    UNVERIFIED,
    /** Invited by an ADMIN, password not yet chosen. */
    INVITED,
    ACTIVE,
    DISABLED
}
