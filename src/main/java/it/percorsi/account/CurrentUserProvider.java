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
     * password has not changed since (in another session). Read from the database, or from the
     * session filter's check at the start of this request.
     */
    public boolean isSessionValid() {
        return isValid(SecurityContextHolder.getContext().getAuthentication());
    }

    boolean isValid(Authentication auth) {
        return principal(auth).map(this::isValid).orElse(true);
    }

    /**
     * The session filter's check at the start of each HTTP request: asks the database and keeps the answer
     * in the request (keyed by account and session epoch, so a password changed during the request is asked
     * again), where the secured service calls of the same request find it (issue 14: the filter and every
     * secured call of a page asked the database the same question). Calls outside a request filtered this
     * way (tests, background work) ask the database each time.
     */
    public boolean checkSessionOfRequest() {
        return principal(SecurityContextHolder.getContext().getAuthentication()).map(p -> {
            boolean valid = users.isLoginValid(p.id(), p.sessionEpoch());
            var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
            if (request != null) {
                request.setAttribute(requestKey(p), valid, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
            }
            return valid;
        }).orElse(true);
    }

    private boolean isValid(AccountPrincipal p) {
        var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(requestKey(p),
                org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST) instanceof Boolean checked) {
            return checked;
        }
        return users.isLoginValid(p.id(), p.sessionEpoch());
    }

    private static String requestKey(AccountPrincipal p) {
        return VALID_IN_REQUEST + p.id() + ":" + p.sessionEpoch();
    }

    private static final String VALID_IN_REQUEST = CurrentUserProvider.class.getName() + ".valid:";

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
