package it.percorsi.account.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import it.percorsi.account.AccountProperties;
import it.percorsi.account.EmailAddress;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Throttles failed logins twice: per account address (registered or not, so a lock reveals
 * nothing) and per network source (so one source cannot try many addresses). A lock runs for a
 * fixed time from the failure that started it: failures during a lock neither count nor extend
 * it, so nobody can keep an account locked for ever with one request per period, and a password
 * reset lifts it. Both stores are Caffeine caches bounded in size and expiring with the lockout
 * window, so a run of millions of distinct addresses cannot grow memory. In memory: a restart
 * clears it, an acceptable trade-off for a single-node portal.
 */
@Component
public class LoginThrottle {

    private record Window(int failures, Instant firstFailure, Instant lockedUntil) {
        boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    private final Cache<String, Window> accounts;
    private final Cache<String, Window> sources;
    private final AccountProperties properties;
    private final Clock clock;

    LoginThrottle(AccountProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.accounts = store(properties, clock);
        this.sources = store(properties, clock);
    }

    private static Cache<String, Window> store(AccountProperties properties, Clock clock) {
        return Caffeine.newBuilder()
                .maximumSize(properties.throttleCapacity())
                .expireAfterWrite(properties.loginLockout())
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run)
                .build();
    }

    public boolean isBlocked(String username) {
        return isBlocked(username, null);
    }

    public boolean isBlocked(String username, String source) {
        Instant now = clock.instant();
        return locked(accounts, key(username), now) || (source != null && locked(sources, source, now));
    }

    public void recordFailure(String username) {
        recordFailure(username, null);
    }

    public void recordFailure(String username, String source) {
        Instant now = clock.instant();
        count(accounts, key(username), properties.maxFailedLogins(), now);
        if (source != null) {
            count(sources, source, properties.maxFailedLoginsPerSource(), now);
        }
    }

    public void recordSuccess(String username) {
        accounts.invalidate(key(username));
    }

    /** Ends a lock on an address, e.g. after its owner proved control of it with a password reset. */
    public void lift(String username) {
        accounts.invalidate(key(username));
    }

    /** How many addresses and sources are remembered now (for the memory-bound test and monitoring). */
    public long trackedEntries() {
        accounts.cleanUp();
        sources.cleanUp();
        return accounts.estimatedSize() + sources.estimatedSize();
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Object details = event.getAuthentication().getDetails();
        recordFailure(event.getAuthentication().getName(),
                details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : currentSource());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        recordSuccess(event.getAuthentication().getName());
    }

    /** The network address of the request being served, if any. */
    public static String currentSource() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private boolean locked(Cache<String, Window> store, String key, Instant now) {
        Window w = store.getIfPresent(key);
        return w != null && w.lockedAt(now);
    }

    private void count(Cache<String, Window> store, String key, int max, Instant now) {
        store.asMap().compute(key, (k, w) -> {
            if (w != null && w.lockedAt(now)) {
                return w; // a running lock is never extended
            }
            boolean fresh = w == null || !now.isBefore(w.firstFailure().plus(properties.loginLockout()));
            int failures = fresh ? 1 : w.failures() + 1;
            Instant first = fresh ? now : w.firstFailure();
            return new Window(failures, first, failures >= max ? now.plus(properties.loginLockout()) : null);
        });
    }

    private static String key(String username) {
        String normalised = EmailAddress.normalise(username);
        return normalised == null ? "" : normalised;
    }
}
