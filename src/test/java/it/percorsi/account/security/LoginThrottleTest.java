package it.percorsi.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.MutableClock;
import it.percorsi.account.AccountProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The throttle alone: keys, lock periods, sources and its memory bound. */
class LoginThrottleTest {

    static final Duration LOCKOUT = Duration.ofMinutes(15);

    final MutableClock clock = new MutableClock();

    LoginThrottle throttle(int capacity) {
        return new LoginThrottle(new AccountProperties("http://localhost", false, Duration.ofHours(48), Duration.ofHours(1),
                Duration.ofDays(7), 5, LOCKOUT, 50, capacity, Duration.ZERO), clock);
    }

    @Test
    void look_alike_spellings_of_one_address_share_one_lock() {
        LoginThrottle t = throttle(1000);
        // long s, full-width letters and upper case all normalise to the same address
        String[] spellings = {"ſara@comune.it", "SARA@comune.it", "ｓａｒａ@comune.it", " sara@Comune.IT "};
        for (int i = 0; i < 4; i++) {
            t.recordFailure(spellings[i]);
        }
        assertThat(t.isBlocked("sara@comune.it")).isFalse();
        t.recordFailure("ſara@ComUne.it");
        assertThat(t.isBlocked("sara@comune.it")).isTrue();
        assertThat(t.isBlocked("ＳＡＲＡ@comune.it")).isTrue();
    }

    @Test
    void failures_during_a_lock_do_not_extend_it() {
        LoginThrottle t = throttle(1000);
        for (int i = 0; i < 5; i++) {
            t.recordFailure("anna@comune.it");
        }
        assertThat(t.isBlocked("anna@comune.it")).isTrue();
        // an attacker keeps trying once a minute during the lock
        for (int minute = 1; minute < 15; minute++) {
            clock.advance(Duration.ofMinutes(1));
            t.recordFailure("anna@comune.it");
        }
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(t.isBlocked("anna@comune.it")).as("the lock ends 15 minutes after it started").isFalse();
        t.recordFailure("anna@comune.it");
        assertThat(t.isBlocked("anna@comune.it")).as("one failure after a lock starts a new count").isFalse();
    }

    @Test
    void lifting_ends_a_running_lock() {
        LoginThrottle t = throttle(1000);
        for (int i = 0; i < 5; i++) {
            t.recordFailure("bruno@comune.it");
        }
        t.lift("BRUNO@comune.it");
        assertThat(t.isBlocked("bruno@comune.it")).isFalse();
    }

    @Test
    void one_source_trying_many_addresses_is_locked_out() {
        LoginThrottle t = throttle(1000);
        for (int i = 0; i < 50; i++) {
            t.recordFailure("utente" + i + "@example.it", "203.0.113.7");
        }
        assertThat(t.isBlocked("vittima@example.it", "203.0.113.7")).isTrue();
        assertThat(t.isBlocked("vittima@example.it", "198.51.100.1")).as("other sources are not affected").isFalse();
        assertThat(t.isBlocked("vittima@example.it")).isFalse();
    }

    @Test
    void memory_stays_bounded_under_a_run_of_100000_distinct_unknown_addresses() {
        LoginThrottle t = throttle(10_000);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        for (int i = 0; i < 100_000; i++) {
            t.recordFailure("stuffing-" + i + "@example.it", "198.51.100." + (i % 200));
        }
        long tracked = t.trackedEntries();
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("LoginThrottle: 100000 distinct addresses -> %d entries tracked, heap delta ~%d KB%n",
                tracked, (after - before) / 1024);
        assertThat(tracked).isLessThanOrEqualTo(10_000 + 200);

        clock.advance(LOCKOUT.plusSeconds(1));
        assertThat(t.trackedEntries()).as("everything expires after the lockout window").isZero();
    }
}
