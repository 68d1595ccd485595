package it.percorsi.account.security;

import it.percorsi.account.AccountProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per e-mail (registered or not, so the lock reveals nothing) and blocks
 * further attempts for a while after too many. In memory: a restart clears it, which is an
 * acceptable trade-off for a single-node portal.
 */
@Component
public class LoginThrottle {

    private record Failures(int count, Instant lockedUntil, Instant lastFailure) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final AccountProperties properties;
    private final Clock clock;

    LoginThrottle(AccountProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    public boolean isBlocked(String username) {
        Failures f = failures.get(key(username));
        return f != null && f.lockedUntil() != null && clock.instant().isBefore(f.lockedUntil());
    }

    public void recordFailure(String username) {
        Instant now = clock.instant();
        failures.compute(key(username), (k, f) -> {
            // failures older than the lockout window are forgotten
            int count = f == null || f.lastFailure().plus(properties.loginLockout()).isBefore(now) ? 1 : f.count() + 1;
            Instant lockedUntil = count >= properties.maxFailedLogins() ? now.plus(properties.loginLockout()) : null;
            return new Failures(count, lockedUntil, now);
        });
    }

    public void recordSuccess(String username) {
        failures.remove(key(username));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        recordFailure(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        recordSuccess(event.getAuthentication().getName());
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
