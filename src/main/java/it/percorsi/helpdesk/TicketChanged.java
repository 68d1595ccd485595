package it.percorsi.helpdesk;

/**
 * Somebody else saved the ticket since it was loaded (optimistic locking). The view keeps what
 * the user typed and offers to reload; nothing is saved.
 */
public class TicketChanged extends RuntimeException {

    public static final String MESSAGE_KEY = "hd.error.conflict";

    public TicketChanged(String number) {
        super("Ticket " + number + " was changed by someone else");
    }
}
