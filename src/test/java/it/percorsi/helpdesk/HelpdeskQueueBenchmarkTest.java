package it.percorsi.helpdesk;

import it.percorsi.PercorsiApplication;
import it.percorsi.TestUsers;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a timed test: the staff queue query and its filter counts over 100,000 tickets,
 * on H2 and on PostgreSQL, with the indexes of V6. Prints p50/p95 and asserts nothing about speed.
 * Run: {@code mvn test -Dtest=HelpdeskQueueBenchmarkTest -Dpercorsi.benchmark=true
 * -Dpercorsi.pg.url=jdbc:postgresql://127.0.0.1:5432/test_<name>}
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "percorsi.benchmark", matches = "true")
class HelpdeskQueueBenchmarkTest {

    static final int TICKETS = 100_000;
    static final int RUNS = 200;

    @Test
    void queue_and_counts_on_h2() {
        run("H2", "jdbc:h2:mem:helpdesk-benchmark;DB_CLOSE_DELAY=-1", "sa", null);
    }

    @Test
    void queue_and_counts_on_postgresql() {
        String url = System.getProperty("percorsi.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
        String schema = "percorsi_bench";
        try (var c = java.sql.DriverManager.getConnection(url, "postgres", ""); var s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        } catch (java.sql.SQLException e) {
            System.out.println("BENCHMARK helpdesk queue on PostgreSQL skipped: " + e.getMessage());
            return;
        }
        run("PostgreSQL", url + "?currentSchema=" + schema, "postgres", schema);
    }

    private void run(String name, String url, String user, String schema) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user, "--percorsi.mail.scheduler=false",
                "--percorsi.helpdesk.scheduler=false", "--percorsi.content.import-on-startup=false",
                "--percorsi.demo.enabled=true"));
        if (schema != null) {
            args.add("--spring.flyway.schemas=" + schema);
            args.add("--spring.flyway.default-schema=" + schema);
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PercorsiApplication.class)
                .profiles(schema == null ? "default" : "postgres").run(args.toArray(String[]::new))) {
            long t0 = System.nanoTime();
            fill(context.getBean(JdbcTemplate.class));
            double fill = (System.nanoTime() - t0) / 1e9;
            TestUsers.loginAs(context, TestUsers.HELPDESK);
            TicketQueue queue = context.getBean(TicketQueue.class);
            QueueFilter active = QueueFilter.active();
            report(name, "first page, active, by due time", () -> queue.page(active, 0, 50));
            report(name, "page 20, active", () -> queue.page(active, 20, 50));
            report(name, "first page, unassigned", () -> queue.page(active.withScope(QueueFilter.Scope.UNASSIGNED), 0, 50));
            report(name, "first page, overdue", () -> queue.page(active.withScope(QueueFilter.Scope.OVERDUE), 0, 50));
            report(name, "first page, urgent + category", () -> queue.page(new QueueFilter(QueueFilter.Scope.ALL,
                    java.util.Set.of(), TicketPriority.URGENT, null, TicketCategory.SURVEY), 0, 50));
            report(name, "filter counts (all statuses)", queue::counts);
            System.out.printf("BENCHMARK helpdesk %s: %d tickets inserted in %.1f s%n", name, TICKETS, fill);
        } finally {
            TestUsers.logout();
        }
    }

    /** 100,000 tickets: 40% active with due times spread over +-30 days, the rest resolved or closed. */
    private static void fill(JdbcTemplate jdbc) {
        Long administration = jdbc.queryForObject("select min(id) from administration", Long.class);
        Long requester = jdbc.queryForObject("select min(id) from user_account where role = 'REFERENT'", Long.class);
        Long staff = jdbc.queryForObject("select min(id) from user_account where role = 'HELPDESK'", Long.class);
        Random random = new Random(42);
        Instant now = Instant.now();
        String[] statuses = {"NEW", "OPEN", "WAITING_FOR_USER", "RESOLVED", "CLOSED", "CLOSED", "CLOSED", "RESOLVED",
                "OPEN", "NEW"};
        String[] priorities = {"LOW", "NORMAL", "NORMAL", "HIGH", "URGENT"};
        String[] categories = {"ASSESSMENT", "PATH", "SURVEY", "TOOLS", "ACCOUNT", "OTHER"};
        List<Object[]> batch = new ArrayList<>();
        for (int i = 1; i <= TICKETS; i++) {
            String status = statuses[random.nextInt(statuses.length)];
            boolean active = status.equals("NEW") || status.equals("OPEN");
            Instant created = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 365)));
            Instant due = active ? now.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 60) - 60 * 24 * 30)) : null;
            batch.add(new Object[] {String.format("HD-1999-%06d", i), administration, requester, "Oggetto " + i,
                    categories[random.nextInt(categories.length)], status, priorities[random.nextInt(priorities.length)],
                    random.nextInt(3) == 0 ? null : staff, Timestamp.from(created), Timestamp.from(created),
                    due == null ? null : Timestamp.from(due)});
            if (batch.size() == 2000) {
                insert(jdbc, batch);
                batch.clear();
            }
        }
        insert(jdbc, batch);
    }

    private static void insert(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into hd_ticket (ticket_number, administration_id, administration_name, requester_id,
                    requester_name, requester_email, requester_locale, subject, body, category, status, priority,
                    assignee_id, created_at, updated_at, due_at, version)
                values (?, ?, 'Comune di Prova', ?, 'Giulia Rossi', 'referente@percorsi.demo', 'it', ?, 'Testo', ?, ?, ?,
                    ?, ?, ?, ?, 0)""", rows);
    }

    private static void report(String db, String what, Supplier<?> query) {
        for (int i = 0; i < 20; i++) {
            query.get();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("BENCHMARK helpdesk %s %s: p50 %.2f ms, p95 %.2f ms (%d runs)%n", db, what, ms[RUNS / 2],
                ms[(int) (RUNS * 0.95)], RUNS);
    }
}
