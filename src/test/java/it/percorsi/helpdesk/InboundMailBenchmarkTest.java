package it.percorsi.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import it.percorsi.TestClockConfiguration;
import it.percorsi.TestMails;
import it.percorsi.TestUsers;
import it.percorsi.helpdesk.internal.InboundReceiptRepository;
import it.percorsi.notification.OutboxEntry;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Benchmark, not a timed test: replies by e-mail processed per second on one node (H2, GreenMail
 * IMAP on localhost), end to end: fetch over IMAP, parse, match (a third each by In-Reply-To, by
 * token and by ticket number), trim, store the reply with its receipt and the desk's notification
 * mail, mark read. Prints the figure and asserts only that every mail landed once.
 * Run: {@code mvn test -Dtest=InboundMailBenchmarkTest -Dpercorsi.benchmark=true}
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "percorsi.benchmark", matches = "true")
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:inbound-benchmark;DB_CLOSE_DELAY=-1",
        "percorsi.helpdesk.link-secret=inbound-benchmark-secret", "percorsi.helpdesk.inbound.batch-size=100"})
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class InboundMailBenchmarkTest {

    static final int MAILS = 600;
    static final int IMAP_PORT = freePort();
    static final String INBOUND = "assistenza@percorsi.test";

    @Autowired ApplicationContext context;
    @Autowired TicketService tickets;
    @Autowired InboundMailPoller poller;
    @Autowired InboundReceiptRepository receipts;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("percorsi.helpdesk.inbound.host", () -> "127.0.0.1");
        registry.add("percorsi.helpdesk.inbound.port", () -> IMAP_PORT);
        registry.add("percorsi.helpdesk.inbound.tls", () -> "false");
        registry.add("percorsi.helpdesk.inbound.username", () -> "assistenza");
        registry.add("percorsi.helpdesk.inbound.password", () -> "segreta");
        registry.add("percorsi.helpdesk.inbound.address", () -> INBOUND);
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void replies_processed_per_second() throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        mail.start();
        try {
            GreenMailUser inbox = mail.setUser(INBOUND, "assistenza", "segreta");
            String referent = HelpdeskTestSupport.referent(context, "Bianca Misura").toLowerCase();
            TicketDetails t = HelpdeskTestSupport.ask(context, "Misura della posta");
            TestUsers.loginAs(context, TestUsers.HELPDESK);
            tickets.reply(t.id(), "Risposta da misurare.", null, t.version(), List.of());
            OutboxEntry answer = TestMails.to(context, referent).stream()
                    .filter(m -> m.subject().contains(t.number())).findFirst().orElseThrow();
            TestUsers.anonymousOutsideVaadin();
            for (int i = 0; i < MAILS; i++) {
                String to = i % 3 == 1 ? answer.replyTo() : INBOUND;
                String subject = i % 3 == 2 ? "Re: [" + t.number() + "] misura" : "Re: misura";
                MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
                m.setFrom(new InternetAddress(referent));
                m.setRecipients(Message.RecipientType.TO, to);
                m.setSubject(subject);
                if (i % 3 == 0) {
                    m.setHeader("In-Reply-To", answer.messageId());
                }
                m.setSentDate(new Date());
                m.setText("Risposta numero " + i + ".\n\nIl giorno gio 3 dic 2026 alle ore 10:00 Percorsi ha scritto:\n"
                        + "> Risposta da misurare.\n", "UTF-8");
                m.saveChanges();
                m.setHeader("Message-ID", "<" + UUID.randomUUID() + "@client.example.it>");
                inbox.deliver(m);
            }
            long start = System.nanoTime();
            int taken = 0;
            for (int n = poller.poll(); n > 0; n = poller.poll()) {
                taken += n;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("BENCHMARK inbound mail: %d replies in %.2f s = %.1f mails/s (H2, IMAP on localhost,"
                    + " batch %d)%n", taken, seconds, taken / seconds, 100);
            assertThat(taken).isEqualTo(MAILS);
            assertThat(receipts.countByOutcome(InboundOutcome.REPLY)).isEqualTo(MAILS);
        } finally {
            mail.stop();
            TestUsers.logout();
        }
    }
}
