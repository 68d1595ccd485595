package it.percorsi.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** Syntactic check and normalisation of e-mail addresses (lower case, trimmed). */
public final class EmailAddress {

    private static final Pattern PATTERN =
            Pattern.compile("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$");

    private EmailAddress() {
    }

    public static boolean isValid(String email) {
        return email != null && email.length() <= UserAccount.EMAIL_MAX_LENGTH && PATTERN.matcher(email.trim()).matches();
    }

    public static String normalise(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
