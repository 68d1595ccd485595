package it.percorsi.helpdesk;

/** A published call slot is free until a referent books it; a cancellation makes it free again. */
public enum CallStatus {
    FREE, BOOKED
}
