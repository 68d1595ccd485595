package it.percorsi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import it.percorsi.MutableClock;
import it.percorsi.TestClockConfiguration;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real in-process SMTP server (GreenMail): mails created while the server
 * is down are all delivered, exactly once, after it comes back.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:outbox-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class OutboxDeliveryTest {

    static final int PORT = freePort();
    static GreenMail smtp;

    @Autowired OutboxSender sender;
    @Autowired MailOutbox outbox;
    @Autowired OutboxMailRepository repository;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;
    @Autowired MailProperties mailProperties;
    @Autowired org.springframework.context.ApplicationContext context;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static GreenMail startSmtp() {
        GreenMail g = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        g.start();
        return g;
    }

    @BeforeEach
    void setUp() {
        repository.deleteAll();
        clock.reset();
        smtp = startSmtp();
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @AfterAll
    static void tearDown() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    private void enqueue(String to, String subject) {
        tx.executeWithoutResult(s -> outbox.enqueue(to, subject, "Body of " + subject));
    }

    @Test
    void mails_created_while_smtp_is_down_are_all_delivered_exactly_once_after_restart() throws Exception {
        smtp.stop();
        List<String> recipients = List.of("a@example.it", "b@example.it", "c@example.it");
        recipients.forEach(r -> enqueue(r, "Subject " + r));

        assertThat(sender.sendDue()).isZero();
        assertThat(repository.findAll()).allSatisfy(m -> {
            assertThat(m.getStatus()).isEqualTo(MailStatus.PENDING);
            assertThat(m.getAttempts()).isEqualTo(1);
            assertThat(m.getLastError()).isNotBlank();
        });
        // not due yet: back-off holds the retry
        assertThat(sender.sendDue()).isZero();
        assertThat(repository.findAll()).allSatisfy(m -> assertThat(m.getAttempts()).isEqualTo(1));

        smtp = startSmtp();
        clock.advance(Duration.ofMinutes(2));
        assertThat(sender.sendDue()).isEqualTo(3);
        assertThat(sender.sendDue()).isZero();
        clock.advance(Duration.ofHours(2));
        assertThat(sender.sendDue()).isZero();

        MimeMessage[] received = smtp.getReceivedMessages();
        Map<String, Long> perRecipient = Arrays.stream(received)
                .map(m -> {
                    try {
                        return m.getRecipients(Message.RecipientType.TO)[0].toString();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perRecipient).containsOnlyKeys(recipients).allSatisfy((k, v) -> assertThat(v).isEqualTo(1L));
        assertThat(repository.findAll()).allSatisfy(m -> {
            assertThat(m.getStatus()).isEqualTo(MailStatus.SENT);
            assertThat(m.getSentAt()).isNotNull();
        });
    }

    @Test
    void a_slow_smtp_reply_is_awaited_without_duplicates_and_does_not_hold_the_other_mails() throws Exception {
        String slow = "lento@example.it";
        List<String> fast = List.of("uno@example.it", "due@example.it", "tre@example.it");
        try (SlowSmtpServer server = new SlowSmtpServer(slow, Duration.ofSeconds(12))) {
            // the portal's own SMTP settings (application.properties), pointed at the slow server
            var configured = (org.springframework.mail.javamail.JavaMailSenderImpl) context
                    .getBean(org.springframework.mail.javamail.JavaMailSender.class);
            var toSlowServer = new org.springframework.mail.javamail.JavaMailSenderImpl();
            toSlowServer.setHost("127.0.0.1");
            toSlowServer.setPort(server.port());
            toSlowServer.setJavaMailProperties(configured.getJavaMailProperties());
            var provider = new org.springframework.beans.factory.support.StaticListableBeanFactory(
                    Map.of("mailSender", toSlowServer)).getBeanProvider(org.springframework.mail.javamail.JavaMailSender.class);
            OutboxSender slowSender = new OutboxSender(repository, provider, mailProperties, tx, clock);
            try {
                enqueue(slow, "Lento");
                fast.forEach(r -> enqueue(r, "Veloce " + r));

                long start = System.nanoTime();
                var sends = slowSender.dispatchDue();
                assertThat(sends).hasSize(4);
                long deadline = System.currentTimeMillis() + 8_000;
                while (fast.stream().anyMatch(r -> server.copiesTo(r) == 0) && System.currentTimeMillis() < deadline) {
                    Thread.sleep(50);
                }
                long fastDone = (System.nanoTime() - start) / 1_000_000;
                assertThat(fast).as("the other mails are delivered while the slow one waits")
                        .allSatisfy(r -> assertThat(server.copiesTo(r)).isEqualTo(1));
                assertThat(sends.stream().filter(java.util.concurrent.Future::isDone).count()).isLessThan(4);

                // the portal keeps waiting for the slow reply; nobody sends that mail again meanwhile
                clock.advance(Duration.ofMinutes(5));
                assertThat(slowSender.dispatchDue()).isEmpty();
                for (var send : sends) {
                    assertThat(send.get(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
                }
                long slowDone = (System.nanoTime() - start) / 1_000_000;
                clock.advance(Duration.ofHours(2));
                assertThat(slowSender.sendDue()).isZero();

                System.out.printf("Slow SMTP (12 s final reply): fast mails delivered after %d ms, slow after %d ms;"
                        + " copies received: %s%n", fastDone, slowDone, server.accepted);
                assertThat(server.copiesTo(slow)).as("no duplicate of the slow mail").isEqualTo(1);
                assertThat(repository.findAll()).allSatisfy(m -> assertThat(m.getStatus()).isEqualTo(MailStatus.SENT));
            } finally {
                slowSender.stop();
            }
        }
    }

    @Test
    void a_mail_is_sent_as_multipart_alternative_with_the_same_text_and_a_clickable_link() throws Exception {
        String body = "Gentile <Anna>,\n\napri questo link:\n\nhttp://localhost:1234/verifica-email?token=abc&x=1\n\nGrazie";
        tx.executeWithoutResult(s -> outbox.enqueue("html@example.it", "Conferma", body));
        assertThat(sender.sendDue()).isEqualTo(1);

        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getContentType()).startsWith("multipart/");
        jakarta.mail.Multipart outer = (jakarta.mail.Multipart) received.getContent();
        String text = null;
        String html = null;
        List<String> multiparts = new java.util.ArrayList<>();
        java.util.Deque<jakarta.mail.Multipart> parts = new java.util.ArrayDeque<>(List.of(outer));
        while (!parts.isEmpty()) {
            jakarta.mail.Multipart mp = parts.pop();
            for (int i = 0; i < mp.getCount(); i++) {
                jakarta.mail.BodyPart part = mp.getBodyPart(i);
                if (part.getContent() instanceof jakarta.mail.Multipart inner) {
                    multiparts.add(part.getContentType());
                    parts.push(inner);
                } else if (part.isMimeType("text/plain")) {
                    text = (String) part.getContent();
                } else if (part.isMimeType("text/html")) {
                    html = (String) part.getContent();
                }
            }
        }
        assertThat(multiparts).anySatisfy(t -> assertThat(t).startsWith("multipart/alternative"));
        assertThat(text.replace("\r\n", "\n")).isEqualTo(body); // SMTP carries CRLF line ends
        assertThat(html).contains("<a href=\"http://localhost:1234/verifica-email?token=abc&amp;x=1\"")
                .contains("Gentile &lt;Anna&gt;,").doesNotContain("<Anna>");
    }

    @Test
    void a_mail_is_stored_only_if_the_transaction_that_causes_it_commits() {
        try {
            tx.executeWithoutResult(s -> {
                outbox.enqueue("rollback@example.it", "Never", "never");
                throw new IllegalStateException("the business change failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(repository.findAll()).isEmpty();
    }

    @Test
    void after_the_last_attempt_a_mail_is_marked_failed_and_can_be_retried() {
        smtp.stop();
        enqueue("d@example.it", "Will fail");
        for (int i = 0; i < 8; i++) {
            sender.sendDue();
            clock.advance(Duration.ofHours(2));
        }
        OutboxMail mail = repository.findAll().getFirst();
        assertThat(mail.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(mail.getAttempts()).isEqualTo(8);
        assertThat(sender.sendDue()).isZero();

        smtp = startSmtp();
        tx.executeWithoutResult(s -> repository.findById(mail.getId()).orElseThrow().retry(clock.instant()));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void back_off_doubles_and_is_capped() {
        assertThat(sender.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(sender.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(sender.backoff(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(sender.backoff(20)).isEqualTo(Duration.ofHours(1));
    }
}
