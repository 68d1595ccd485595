package it.percorsi.account;

/**
 * Someone tried to register an address that already has an account. The owner is told by
 * e-mail; the form answers exactly as for a new address, so nobody learns who is registered.
 */
public record RegistrationRepeated(String email, String locale, String passwordResetPage) {
}
