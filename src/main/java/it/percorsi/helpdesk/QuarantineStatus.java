package it.percorsi.helpdesk;

/** A quarantined mail waits for staff, who release it into a ticket or discard it. */
public enum QuarantineStatus {
    PENDING, RELEASED, DISCARDED
}
