package it.percorsi.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A saved change survives a crash of the process: a child JVM writes through the portal's own H2
 * URL (from application.properties) and is killed with SIGKILL mid-run, 12 times; after each
 * restart every write whose commit had been acknowledged must be there.
 */
class CrashDurabilityTest {

    static final int CYCLES = 12;

    @TempDir Path dir;

    /** The embedded database URL the portal runs with, pointed at a temporary folder. */
    static String portalUrl(Path dir) throws Exception {
        Properties p = new Properties();
        try (InputStream in = CrashDurabilityTest.class.getResourceAsStream("/application.properties")) {
            p.load(in);
        }
        String url = p.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:./data/percorsi");
        return url.replace("./data/percorsi", dir.resolve("percorsi").toString().replace('\\', '/'));
    }

    /** A JVM running {@code main} of a test class, with the tests' class path; its errors discarded. */
    static Process child(Class<?> main, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void writes_acknowledged_before_a_kill_9_are_all_there_after_restart() throws Exception {
        String url = System.getProperty("percorsi.crash.url", portalUrl(dir));
        Random random = new Random(16);
        int acknowledgedTotal = 0;
        int lostTotal = 0;
        int next = 0;
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            Set<Integer> acked = runAndKill(url, next, 150 + random.nextInt(900));
            Set<Integer> stored = storedIds(url);
            Set<Integer> lost = new HashSet<>(acked);
            lost.removeAll(stored);
            acknowledgedTotal += acked.size();
            lostTotal += lost.size();
            next = stored.stream().mapToInt(Integer::intValue).max().orElse(next) + 1_000;
        }
        System.out.printf("kill -9 durability (%s): %d cycles, %d writes acknowledged, %d lost%n",
                url.substring(url.indexOf(';') + 1), CYCLES, acknowledgedTotal, lostTotal);
        assertThat(acknowledgedTotal).isGreaterThan(CYCLES);
        assertThat(lostTotal).as("acknowledged writes lost after kill -9").isZero();
    }

    private static Set<Integer> runAndKill(String url, int start, long millisAfterFirstAck) throws Exception {
        Process child = child(CrashWriter.class, url, Integer.toString(start));
        Set<Integer> acked = ConcurrentHashMap.newKeySet();
        AtomicInteger first = new AtomicInteger(-1);
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("ACK ")) {
                        acked.add(Integer.parseInt(line.substring(4)));
                        first.compareAndSet(-1, 0);
                    }
                }
            } catch (Exception ignored) {
                // the pipe breaks when the child is killed
            }
        });
        long deadline = System.currentTimeMillis() + 60_000;
        while (first.get() < 0 && child.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(millisAfterFirstAck);
        // SIGKILL: no shutdown hook, no database close; the process just vanishes
        child.destroyForcibly();
        child.waitFor();
        reader.join(5_000);
        return new HashSet<>(acked);
    }

    private static Set<Integer> storedIds(String url) throws Exception {
        Set<Integer> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.createStatement().executeQuery("select id from acked")) {
            while (rs.next()) {
                ids.add(rs.getInt(1));
            }
        }
        return ids;
    }
}
