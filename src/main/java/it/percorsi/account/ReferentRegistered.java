package it.percorsi.account;

/** A referent registered; the link verifies the e-mail address. */
public record ReferentRegistered(String email, String fullName, String locale, String verificationLink) {
}
