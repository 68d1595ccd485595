package it.percorsi.account;

import it.percorsi.account.security.AccountPrincipal;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads the authenticated principal. Services of every feature take the user's role and
 * administration from here, never from what the client sends.
 */
@Component
public class CurrentUserProvider {

    public Optional<CurrentUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p) {
            return Optional.of(p.toCurrentUser());
        }
        return Optional.empty();
    }

    public CurrentUser require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not logged in"));
    }

    /** The administration of the logged-in referent; fails for anyone else. */
    public Long requireAdministrationId() {
        CurrentUser user = require();
        if (user.administrationId() == null) {
            throw new org.springframework.security.access.AccessDeniedException("Not a referent of an administration");
        }
        return user.administrationId();
    }
}
