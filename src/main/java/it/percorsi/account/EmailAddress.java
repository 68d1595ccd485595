package it.percorsi.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Syntactic check and the one normalisation of e-mail addresses, used by registration, login,
 * look-ups and the login throttle alike. Compatibility forms are folded first (NFKC: the long
 * s "ſ" becomes "s", full-width letters become ASCII), then lower-cased without locale rules.
 * Addresses are stored and compared in this form only, never case-folded by the database: a
 * look-alike such as the dotless "ı" stays a different, unknown address.
 */
public final class EmailAddress {

    private static final Pattern PATTERN =
            Pattern.compile("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$");

    private EmailAddress() {
    }

    public static boolean isValid(String email) {
        return email != null && email.length() <= UserAccount.EMAIL_MAX_LENGTH && PATTERN.matcher(email.trim()).matches();
    }

    public static String normalise(String email) {
        return email == null ? null : Normalizer.normalize(email.trim(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
