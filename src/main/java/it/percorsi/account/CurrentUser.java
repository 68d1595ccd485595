package it.percorsi.account;

import java.util.Locale;

/**
 * The logged-in user as other features see it. The administration id always comes from here
 * (the authenticated principal), never from a request parameter.
 */
public record CurrentUser(Long id, String email, String fullName, Role role, Long administrationId, Locale locale) {

    public boolean is(Role r) {
        return role == r;
    }
}
