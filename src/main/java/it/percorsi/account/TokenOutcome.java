package it.percorsi.account;

/** What following an e-mailed link led to; views show a clear page for each. */
public enum TokenOutcome {
    OK, INVALID, EXPIRED, USED,
    /** Address confirmed; the request to join an administration now waits for consent. */
    AWAITING_APPROVAL
}
