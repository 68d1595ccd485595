package it.percorsi.helpdesk;

/** The help desk's routes, for its views, its mails and links from other features. */
public final class HelpdeskRoutes {

    public static final String TICKETS = "assistenza";
    public static final String ASK = "assistenza/nuova";
    /** Query parameter of {@link #ASK} with the row id of a path step (pre-fills the question). */
    public static final String STEP_PARAMETER = "passo";
    public static final String TICKET = it.percorsi.base.ui.SiteChrome.TICKET_ROUTE;
    public static final String QUEUE = "coda";
    public static final String CANNED = "coda/risposte-pronte";
    public static final String SLA = "coda/orari-e-sla";
    public static final String RATE = "valuta";
    /** A referent's calls: book a slot, see and cancel their bookings. */
    public static final String CALLS = "chiamate";
    /** Query parameter of {@link #CALLS} with a ticket id (the call is booked for that ticket). */
    public static final String TICKET_PARAMETER = "richiesta";
    /** Staff publish call slots and see every booking. */
    public static final String CALL_SLOTS = "coda/chiamate";
    /** Staff decide on incoming mails that did not land in a ticket by themselves (DD009). */
    public static final String QUARANTINE = "coda/posta-in-quarantena";

    private HelpdeskRoutes() {
    }

    public static String ticket(Long id) {
        return TICKET + "/" + id;
    }

    public static String askFromStep(Long pathStepId) {
        return ASK + "?" + STEP_PARAMETER + "=" + pathStepId;
    }

    public static String callForTicket(Long ticketId) {
        return CALLS + "?" + TICKET_PARAMETER + "=" + ticketId;
    }

    public static String rate(String token, int score) {
        return RATE + "?t=" + token + "&voto=" + score;
    }
}
