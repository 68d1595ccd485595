package it.percorsi.home;

/** The home page of each role; the root route forwards a logged-in user to theirs. */
public final class HomeRoutes {

    public static final String ROOT = "";
    public static final String REFERENT = "referente";
    public static final String HELPDESK = "helpdesk";
    public static final String TRAINER = "formatore";
    public static final String ADMIN = "admin";

    private HomeRoutes() {
    }
}
