package it.percorsi.helpdesk;

/** A missing ticket and another administration's ticket look the same to the caller. */
public class TicketNotFound extends RuntimeException {

    public TicketNotFound() {
        super("Ticket not found");
    }
}
