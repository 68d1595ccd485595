package it.percorsi.account;

import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.TestPropertySource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark, not a timed test: how long registration takes for a new address and for one that is
 * already registered (the page is the same; the time must not tell them apart). Prints both
 * distributions of 20 samples for the closing note; asserts nothing about time. Runs with the
 * production floor ({@code registration-min-duration} 1 s) and {@code -Dpercorsi.benchmark=true}.
 */
@PercorsiTest
@TestPropertySource(properties = "percorsi.account.registration-min-duration=PT1S")
@EnabledIfSystemProperty(named = "percorsi.benchmark", matches = "true")
class RegistrationTimingBenchmarkTest {

    static final int SAMPLES = 20;

    @Autowired AccountService accounts;

    @Test
    void registration_takes_as_long_for_a_registered_address_as_for_a_new_one() {
        TestUsers.anonymousOutsideVaadin();
        String registered = "gia-registrato-" + UUID.randomUUID().toString().substring(0, 8) + "@comune.example.it";
        accounts.register(request(registered));
        for (int i = 0; i < 5; i++) { // warm-up
            accounts.register(request("warm-" + UUID.randomUUID().toString().substring(0, 8) + "@comune.example.it"));
            accounts.register(request(registered));
        }
        List<Long> fresh = new ArrayList<>();
        List<Long> existing = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            String email = "nuovo-" + UUID.randomUUID().toString().substring(0, 8) + "@comune.example.it";
            fresh.add(time(() -> accounts.register(request(email))));
            existing.add(time(() -> accounts.register(request(registered))));
        }
        System.out.println("Registration timing, new address (ms):        " + describe(fresh));
        System.out.println("Registration timing, registered address (ms): " + describe(existing));
        TestUsers.logout();
    }

    private static RegistrationRequest request(String email) {
        String ipa = "c_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        return new RegistrationRequest(email, "Tempo Prova", "una-password-lunga-1", "una-password-lunga-1", true,
                null, "Comune di Tempo " + ipa, AdministrationType.COMUNE, Region.LAZIO, SizeBand.SMALL, ipa, "it");
    }

    private static long time(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    static String describe(List<Long> samples) {
        List<Long> s = new ArrayList<>(samples);
        Collections.sort(s);
        return "min %d, p25 %d, median %d, p75 %d, max %d; all %s".formatted(s.getFirst(), s.get(s.size() / 4),
                s.get(s.size() / 2), s.get(3 * s.size() / 4), s.getLast(), samples);
    }
}
