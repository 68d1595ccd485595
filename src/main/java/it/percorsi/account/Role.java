package it.percorsi.account;

/** The four roles. Staff roles (all but REFERENT) belong to no administration. */
public enum Role {
    REFERENT, HELPDESK, TRAINER, ADMIN;

    public static final String REFERENT_NAME = "REFERENT";
    public static final String HELPDESK_NAME = "HELPDESK";
    public static final String TRAINER_NAME = "TRAINER";
    public static final String ADMIN_NAME = "ADMIN";

    public boolean isStaff() {
        return this != REFERENT;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
