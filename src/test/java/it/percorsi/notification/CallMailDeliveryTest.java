package it.percorsi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import it.percorsi.MutableClock;
import it.percorsi.TestClockConfiguration;
import it.percorsi.TestUsers;
import it.percorsi.helpdesk.CallService;
import it.percorsi.helpdesk.CallSlotInfo;
import it.percorsi.helpdesk.HelpdeskTestSupport;
import it.percorsi.helpdesk.TicketDetails;
import it.percorsi.helpdesk.TicketService;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Call notifications delivered to a real in-process SMTP server (GreenMail): the operator and the
 * referent each get the invitation as a text/calendar attachment (REQUEST, then CANCEL, same
 * UID), and nothing the staff wrote as an internal note reaches the referent's mailbox.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:call-mail-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class CallMailDeliveryTest {

    static final int PORT = freePort();
    static final String SECRET = "NOTA-INTERNA-RISERVATA";

    GreenMail smtp;
    @Autowired OutboxSender sender;
    @Autowired ApplicationContext context;
    @Autowired TicketService tickets;
    @Autowired CallService calls;
    @Autowired MutableClock clock;

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

    @BeforeEach
    void start() {
        TestUsers.anonymousOutsideVaadin();
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
        TestUsers.logout();
        clock.reset();
    }

    /** A received mail, decoded: recipient, subject, every text part, and the calendar part if any. */
    record Received(String to, String subject, String text, String calendarType, String calendar) {
    }

    private List<Received> deliverAll() throws Exception {
        while (sender.sendDue() > 0) {
            // until the outbox is empty
        }
        List<Received> out = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            StringBuilder text = new StringBuilder();
            String[] calendar = new String[2];
            walk(m, text, calendar);
            String to = ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress();
            out.add(new Received(to.toLowerCase(), m.getSubject(), text.toString(), calendar[0], calendar[1]));
        }
        return out;
    }

    private static void walk(Part part, StringBuilder text, String[] calendar) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart child = mp.getBodyPart(i);
                walk(child, text, calendar);
            }
            return;
        }
        String body = content instanceof String s ? s : content instanceof InputStream in
                ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : String.valueOf(content);
        if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
            calendar[0] = part.getContentType();
            calendar[1] = body;
        }
        text.append(body).append('\n');
    }

    @Test
    void both_sides_get_request_then_cancel_with_the_same_uid_and_no_internal_note_reaches_the_referent()
            throws Exception {
        String referent = HelpdeskTestSupport.referent(context, "Nadia Posta").toLowerCase();
        TicketDetails t = HelpdeskTestSupport.ask(context, "Chiamata con posta vera");
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        TicketDetails staffView = tickets.addNote(t.id(), SECRET + ": richiedente insistente", t.version());
        tickets.reply(t.id(), "Risposta pubblica: vi chiamiamo.", null, staffView.version(), List.of());
        CallSlotInfo slot = calls.publish(clock.instant().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(3)), 30,
                "https://meet.example.it/posta");
        TestUsers.loginAs(context, referent);
        calls.book(slot.id(), t.id(), null);
        calls.cancel(slot.id());

        List<Received> mails = deliverAll();
        List<Received> invitations = mails.stream().filter(m -> m.calendar() != null).toList();
        assertThat(invitations).extracting(Received::to).containsExactlyInAnyOrder(referent, TestUsers.HELPDESK,
                referent, TestUsers.HELPDESK);

        List<Received> requests = invitations.stream().filter(m -> m.calendarType().contains("method=REQUEST")).toList();
        List<Received> cancels = invitations.stream().filter(m -> m.calendarType().contains("method=CANCEL")).toList();
        assertThat(requests).extracting(Received::to).containsExactlyInAnyOrder(referent, TestUsers.HELPDESK);
        assertThat(cancels).extracting(Received::to).containsExactlyInAnyOrder(referent, TestUsers.HELPDESK);
        assertThat(requests).allSatisfy(m -> {
            assertThat(m.subject()).startsWith("[" + t.number() + "] Chiamata prenotata per");
            assertThat(m.text()).contains("https://meet.example.it/posta");
        });
        String uid = null;
        for (Received m : invitations) {
            ICalendar ical = Biweekly.parse(m.calendar()).first();
            assertThat(ical.getMethod().getValue()).isEqualTo(m.calendarType().contains("CANCEL") ? "CANCEL" : "REQUEST");
            assertThat(ical.getEvents().getFirst().getSequence().getValue())
                    .isEqualTo(m.calendarType().contains("CANCEL") ? 1 : 0);
            String eventUid = ical.getEvents().getFirst().getUid().getValue();
            if (uid == null) {
                uid = eventUid;
            }
            assertThat(eventUid).isEqualTo(uid);
        }

        List<Received> toReferent = mails.stream().filter(m -> m.to().equals(referent)).toList();
        assertThat(toReferent).anySatisfy(m -> assertThat(m.text()).contains("Risposta pubblica: vi chiamiamo."));
        assertThat(toReferent).hasSizeGreaterThanOrEqualTo(3).allSatisfy(m -> {
            assertThat(m.text()).doesNotContain(SECRET);
            assertThat(m.subject()).doesNotContain(SECRET);
        });
    }
}
