package it.percorsi.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database stays open until the portal itself has shut down. By default H2 closes a database in its
 * own JVM shutdown hook, which runs at the same time as Spring's: on SIGTERM the requests Tomcat was finishing, the
 * event publication registry and the start-up content check then met "Database is already closed" (seen when the
 * portal was stopped right after it became ready). The portal's URL says {@code DB_CLOSE_ON_EXIT=FALSE}, so the
 * database closes when Spring closes the connection pool, last. A child JVM uses the URL from a shutdown hook after
 * SIGTERM; with H2's default that query fails.
 */
class ShutdownOrderTest {

    @TempDir Path dir;

    @Test
    void the_database_answers_the_portals_own_shutdown_work_after_sigterm() throws Exception {
        assertThat(lastQueryAfterSigterm(CrashDurabilityTest.portalUrl(dir))).startsWith("AFTER SIGTERM: OK");
    }

    static String lastQueryAfterSigterm(String url) throws Exception {
        Process child = CrashDurabilityTest.child(ShutdownWorker.class, url);
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertThat(line).as("the child opened the database").isEqualTo("READY");
            child.toHandle().destroy(); // SIGTERM (streams left open): shutdown hooks run, as when the portal is stopped
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
        } finally {
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
        return lines.stream().filter(l -> l.startsWith("AFTER SIGTERM")).findFirst().orElse("no answer: " + lines);
    }
}
