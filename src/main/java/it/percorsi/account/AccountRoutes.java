package it.percorsi.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The account feature's routes and the typed links to them, for its views, its mails and other
 * features. Routes are relative to the application root, as Vaadin router links are; a mail makes
 * them absolute with {@link BaseUrl#absolute(String)}.
 */
public final class AccountRoutes {

    public static final String LOGIN = "login";
    public static final String REGISTER = "registrazione";
    public static final String FORGOT_PASSWORD = "password-dimenticata";
    public static final String RESET_PASSWORD = "reimposta-password";
    public static final String VERIFY_EMAIL = "verifica-email";
    public static final String INVITATION = "invito";
    /** ADMIN: staff accounts and invitations. */
    public static final String USERS = "admin/utenti";
    /** REFERENT: the colleagues of the own administration and requests to join it. */
    public static final String MEMBERS = "colleghi";
    /** Query parameter carrying a one-time token in mailed links. */
    public static final String TOKEN_PARAMETER = "token";

    private AccountRoutes() {
    }

    public static String verifyEmail(String token) {
        return withToken(VERIFY_EMAIL, token);
    }

    public static String resetPassword(String token) {
        return withToken(RESET_PASSWORD, token);
    }

    public static String invitation(String token) {
        return withToken(INVITATION, token);
    }

    private static String withToken(String route, String token) {
        return route + "?" + TOKEN_PARAMETER + "=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
