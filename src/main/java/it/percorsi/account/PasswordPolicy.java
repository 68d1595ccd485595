package it.percorsi.account;

import java.nio.charset.StandardCharsets;

/** At least 12 characters, not the e-mail; at most 72 bytes (the bcrypt limit). */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** Returns an i18n message key describing the violation, or null if the password is acceptable. */
    public static String violation(String password, String email) {
        if (password == null || password.isEmpty()) {
            return "validation.required";
        }
        if (password.length() < MIN_LENGTH) {
            return "validation.password.tooShort";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "validation.password.tooLong";
        }
        if (email != null && !email.isBlank()) {
            String lower = password.toLowerCase();
            String mail = email.trim().toLowerCase();
            String localPart = mail.contains("@") ? mail.substring(0, mail.indexOf('@')) : mail;
            if (lower.equals(mail) || lower.equals(localPart)) {
                return "validation.password.isEmail";
            }
        }
        return null;
    }
}
