package it.percorsi.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.base.FieldErrors;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A valid registration never answers before the configured floor, for a new address and for a
 * registered one alike, so the time of the (identical) answer does not reveal which branch ran.
 * Only the lower bound is checked — it holds on any machine, since the padding sleeps at least
 * that long; the distributions are measured by {@link RegistrationTimingBenchmarkTest}.
 */
@PercorsiTest
@TestPropertySource(properties = "percorsi.account.registration-min-duration=PT0.4S")
class RegistrationTimingTest {

    static final long FLOOR_MS = 400;

    @Autowired AccountService accounts;
    @Autowired UserAccountRepository users;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void new_and_registered_addresses_both_wait_for_the_floor_and_the_new_one_is_registered() {
        TestUsers.anonymousOutsideVaadin();
        String email = "pavimento-" + UUID.randomUUID().toString().substring(0, 8) + "@comune.example.it";

        long fresh = millis(() -> accounts.register(request(email)));
        assertThat(users.findByEmail(email)).isPresent();
        long repeated = millis(() -> accounts.register(request(email)));

        assertThat(fresh).isGreaterThanOrEqualTo(FLOOR_MS);
        assertThat(repeated).isGreaterThanOrEqualTo(FLOOR_MS);
    }

    @Test
    void an_invalid_request_answers_with_its_field_errors_and_saves_nothing() {
        TestUsers.anonymousOutsideVaadin();
        var bad = new RegistrationRequest("non-un-indirizzo", "Tempo Prova", "una-password-lunga-1",
                "una-password-lunga-1", true, null, "Comune di Prova", AdministrationType.COMUNE, Region.LAZIO,
                SizeBand.SMALL, "c_bad" + UUID.randomUUID().toString().substring(0, 4), "it");
        long count = users.count();
        assertThatThrownBy(() -> accounts.register(bad)).isInstanceOf(FieldErrors.class);
        assertThat(users.count()).isEqualTo(count);
    }

    private static RegistrationRequest request(String email) {
        String ipa = "c_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        return new RegistrationRequest(email, "Tempo Prova", "una-password-lunga-1", "una-password-lunga-1", true,
                null, "Comune di Tempo " + ipa, AdministrationType.COMUNE, Region.LAZIO, SizeBand.SMALL, ipa, "it");
    }

    private static long millis(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
