package it.percorsi.account;

import it.percorsi.account.security.AccountPrincipal;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads the authenticated principal. Services of every feature take the user's role and
 * administration from here, never from what the client sends.
 */
@Component
public class CurrentUserProvider {

    private final UserAccountRepository users;

    CurrentUserProvider(UserAccountRepository users) {
        this.users = users;
    }

    public Optional<CurrentUser> get() {
        return principal(SecurityContextHolder.getContext().getAuthentication()).map(AccountPrincipal::toCurrentUser);
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

    /**
     * True for an anonymous visitor and for a login whose account is still active and whose
     * password has not changed since (in another session). Read from the database every time.
     */
    public boolean isSessionValid() {
        return isValid(SecurityContextHolder.getContext().getAuthentication());
    }

    boolean isValid(Authentication auth) {
        return principal(auth).map(p -> users.isLoginValid(p.id(), p.sessionEpoch())).orElse(true);
    }

    /** After a password change in this session: this session stays valid, the others end. */
    void keepCurrentSession(int epoch) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        principal(auth).ifPresent(p -> {
            AccountPrincipal renewed = p.withSessionEpoch(epoch);
            var token = UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities());
            token.setDetails(auth.getDetails());
            SecurityContextHolder.getContext().setAuthentication(token);
        });
    }

    private static Optional<AccountPrincipal> principal(Authentication auth) {
        return auth != null && auth.getPrincipal() instanceof AccountPrincipal p ? Optional.of(p) : Optional.empty();
    }
}
