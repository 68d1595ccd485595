package it.percorsi.account;

public record PasswordResetRequested(String email, String locale, String resetLink) {
}
