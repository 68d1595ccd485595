package it.percorsi.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import it.percorsi.MutableClock;
import it.percorsi.TestClockConfiguration;
import it.percorsi.TestUsers;
import it.percorsi.helpdesk.internal.InboundReceiptRepository;
import it.percorsi.notification.OutboxTestAccess;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
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
 * Replies by e-mail against a real in-process mail server (GreenMail, SMTP for the help desk's
 * mails and IMAP for its mailbox): threading by each of the three keys, quarantine, auto-replies,
 * exactly-once across crashes, attachment checks and new tickets (DD009).
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:inbound-mail-test;DB_CLOSE_DELAY=-1",
        "percorsi.helpdesk.link-secret=inbound-test-secret"})
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class InboundMailTest {

    static final int SMTP_PORT = freePort();
    static final int IMAP_PORT = freePort();
    static final String INBOUND = "assistenza@percorsi.test";
    static final String LOGIN = "assistenza";
    static final String PASSWORD = "segreta";

    GreenMail mail;
    GreenMailUser inbox;
    @Autowired ApplicationContext context;
    @Autowired TicketService tickets;
    @Autowired QuarantineService quarantine;
    @Autowired InboundMailPoller poller;
    @Autowired InboundReceiptRepository receipts;
    @Autowired MutableClock clock;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("percorsi.helpdesk.inbound.host", () -> "127.0.0.1");
        registry.add("percorsi.helpdesk.inbound.port", () -> IMAP_PORT);
        registry.add("percorsi.helpdesk.inbound.tls", () -> "false");
        registry.add("percorsi.helpdesk.inbound.username", () -> LOGIN);
        registry.add("percorsi.helpdesk.inbound.password", () -> PASSWORD);
        registry.add("percorsi.helpdesk.inbound.address", () -> INBOUND);
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void start() throws Exception {
        TestUsers.anonymousOutsideVaadin();
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        inbox = mail.setUser(INBOUND, LOGIN, PASSWORD);
        OutboxTestAccess.deliverAll(context); // mails of earlier tests are not this test's
        mail.purgeEmailFromAllMailboxes();
        poller.beforeCommit = () -> { };
    }

    @AfterEach
    void stop() {
        mail.stop();
        TestUsers.logout();
        clock.reset();
        poller.beforeCommit = () -> { };
    }

    /** A mail the help desk sent, as the recipient's client received it. */
    record Sent(String to, String subject, String messageId, String replyTo, String autoSubmitted, String text) {
    }

    private List<Sent> sent(String to) throws Exception {
        OutboxTestAccess.deliverAll(context);
        List<Sent> out = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            Object[] recipients = m.getRecipients(Message.RecipientType.TO);
            String recipient = recipients == null ? "" : ((InternetAddress) recipients[0]).getAddress();
            if (!recipient.equalsIgnoreCase(to)) {
                continue;
            }
            String replyTo = m.getHeader("Reply-To", null);
            String auto = m.getHeader("Auto-Submitted", null);
            out.add(new Sent(recipient, m.getSubject(), m.getMessageID(),
                    replyTo == null ? null : new InternetAddress(replyTo).getAddress(), auto, text(m)));
        }
        return out;
    }

    private static String text(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart mp) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < mp.getCount(); i++) {
                sb.append(text(mp.getBodyPart(i)));
            }
            return sb.toString();
        }
        if (content instanceof InputStream in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return String.valueOf(content);
    }

    /** A referent of a new administration asks; staff answer in the portal (the ticket waits for the user). */
    private record Scenario(String referent, TicketDetails ticket, Sent answer) {
    }

    private Scenario answeredTicket(String name) throws Exception {
        String referent = HelpdeskTestSupport.referent(context, name);
        TicketDetails t = HelpdeskTestSupport.ask(context, "Domanda di " + name);
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        tickets.reply(t.id(), "Ecco la risposta dello sportello.", null, t.version(), List.of());
        TestUsers.anonymousOutsideVaadin();
        Sent answer = sent(referent).stream().filter(m -> m.subject().contains(t.number())).findFirst().orElseThrow();
        return new Scenario(referent.toLowerCase(), t, answer);
    }

    private MimeMessage message(String from, String to, String subject, String inReplyTo, String text) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(from, "Mittente Prova", "UTF-8"));
        m.setRecipients(Message.RecipientType.TO, to);
        m.setSubject(subject, "UTF-8");
        if (inReplyTo != null) {
            m.setHeader("In-Reply-To", inReplyTo);
            m.setHeader("References", inReplyTo);
        }
        m.setSentDate(new Date());
        m.setText(text, "UTF-8");
        m.saveChanges();
        m.setHeader("Message-ID", "<" + UUID.randomUUID() + "@client.example.it>");
        return m;
    }

    private TicketDetails asStaff(Long id) {
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        try {
            return tickets.ticket(id);
        } finally {
            TestUsers.anonymousOutsideVaadin();
        }
    }

    private List<QuarantinedMail> quarantined() {
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        try {
            return quarantine.pending();
        } finally {
            TestUsers.anonymousOutsideVaadin();
        }
    }

    private static String stripNumber(String subject) {
        return subject.replaceAll("\\[HD-[0-9-]+\\]", "").strip();
    }

    @Test
    void outgoing_help_desk_mails_carry_their_own_message_id_the_number_and_a_reply_token() throws Exception {
        Scenario s = answeredTicket("Anna Intestazioni");
        assertThat(s.answer().subject()).startsWith("[" + s.ticket().number() + "] ");
        assertThat(s.answer().messageId()).matches("<hd\\.[0-9a-f-]+@percorsi\\.test>");
        assertThat(s.answer().replyTo()).matches("assistenza\\+[0-9a-z]+-[0-9a-z]+-[0-9a-z]+-[0-9a-f]{24}@percorsi\\.test");
        assertThat(s.answer().autoSubmitted()).isEqualTo("auto-generated");
    }

    @Test
    void a_reply_threaded_by_in_reply_to_alone_lands_once_trimmed_and_resumes_the_paused_sla() throws Exception {
        Scenario s = answeredTicket("Bruna Risposta");
        assertThat(asStaff(s.ticket().id()).paused()).isTrue();
        String text = """
                Grazie, ora è tutto chiaro.
                Procediamo così.

                --
                Bruna Risposta
                Ufficio qualità

                Il giorno gio 3 dic 2026 alle ore 10:00 Percorsi <noreply@percorsi.local>
                ha scritto:
                > Ecco la risposta dello sportello.
                """;
        inbox.deliver(message(s.referent(), INBOUND, "Re: la vostra risposta", s.answer().messageId(), text));

        assertThat(poller.poll()).isEqualTo(1);
        assertThat(poller.poll()).isZero();

        TicketDetails t = asStaff(s.ticket().id());
        assertThat(t.messages()).hasSize(2);
        TicketDetails.Message reply = t.messages().getLast();
        assertThat(reply.staff()).isFalse();
        assertThat(reply.bodyHtml()).contains("Grazie, ora è tutto chiaro.").contains("Procediamo così.")
                .doesNotContain("Ufficio qualità").doesNotContain("ha scritto").doesNotContain("Ecco la risposta");
        assertThat(reply.originalBody()).contains("Ufficio qualità").contains("> Ecco la risposta dello sportello.");
        assertThat(t.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(t.paused()).isFalse();
        assertThat(t.dueAt()).isNotNull();
        // the referent sees the reply but not the full original
        TestUsers.loginAs(context, s.referent());
        assertThat(tickets.ticket(s.ticket().id()).messages().getLast().originalBody()).isNull();
        TestUsers.anonymousOutsideVaadin();
        // the desk hears of it as of a reply in the portal
        assertThat(sent(TestUsers.HELPDESK)).anySatisfy(m -> assertThat(m.text()).contains("Grazie, ora è tutto chiaro."));
    }

    @Test
    void a_reply_threaded_by_its_token_alone_lands() throws Exception {
        Scenario s = answeredTicket("Carla Gettone");
        inbox.deliver(message(s.referent(), s.answer().replyTo(), "Re: " + stripNumber(s.answer().subject()), null,
                "Risposta con il solo gettone."));

        assertThat(poller.poll()).isEqualTo(1);

        TicketDetails t = asStaff(s.ticket().id());
        assertThat(t.messages().getLast().bodyHtml()).contains("Risposta con il solo gettone.");
        assertThat(receipts.findAll()).anySatisfy(r -> {
            assertThat(r.getTicketId()).isEqualTo(s.ticket().id());
            assertThat(r.getDetail()).isEqualTo("matched by token");
        });
    }

    @Test
    void a_mail_threaded_by_the_ticket_number_lands_only_from_a_sender_who_may_write_on_it() throws Exception {
        Scenario s = answeredTicket("Dora Numero");
        String other = HelpdeskTestSupport.referent(context, "Elsa Altroente");
        TestUsers.anonymousOutsideVaadin();
        inbox.deliver(message(s.referent(), INBOUND, "Aggiornamento [" + s.ticket().number() + "]", null,
                "Vi mando un aggiornamento."));
        inbox.deliver(message(other, INBOUND, "Anche io [" + s.ticket().number() + "]", null,
                "Scrivo su una richiesta non mia."));

        assertThat(poller.poll()).isEqualTo(2);

        TicketDetails t = asStaff(s.ticket().id());
        assertThat(t.messages()).hasSize(2);
        assertThat(t.messages().getLast().bodyHtml()).contains("Vi mando un aggiornamento.");
        assertThat(quarantined()).anySatisfy(q -> {
            assertThat(q.sender()).isEqualTo(other.toLowerCase());
            assertThat(q.reason()).isEqualTo(QuarantineReason.OTHER_ADMINISTRATION);
            assertThat(q.ticketNumber()).isEqualTo(s.ticket().number());
        });
    }

    @Test
    void unknown_senders_other_administrations_and_forged_or_expired_tokens_are_quarantined_never_landed()
            throws Exception {
        Scenario s = answeredTicket("Flora Quarantena");
        String other = HelpdeskTestSupport.referent(context, "Gina Estranea");
        TestUsers.anonymousOutsideVaadin();
        String token = s.answer().replyTo();
        char last = token.charAt(token.indexOf('@') - 1);
        String forged = token.substring(0, token.indexOf('@') - 1) + (last == '0' ? '1' : '0') + token.substring(token.indexOf('@'));
        String unknown = "sconosciuto." + UUID.randomUUID().toString().substring(0, 6) + "@altrove.example.com";
        inbox.deliver(message(unknown, token, "Re: " + s.answer().subject(), s.answer().messageId(), "Chi sono?"));
        inbox.deliver(message(other, token, "Re: " + s.answer().subject(), s.answer().messageId(), "Leggo anche io."));
        inbox.deliver(message(s.referent(), forged, "Re: " + s.answer().subject(), s.answer().messageId(), "Falso."));
        assertThat(poller.poll()).isEqualTo(3);

        clock.advance(Duration.ofDays(91));
        inbox.deliver(message(s.referent(), token, "Re: " + stripNumber(s.answer().subject()), null, "Troppo tardi."));
        assertThat(poller.poll()).isEqualTo(1);

        assertThat(asStaff(s.ticket().id()).messages()).hasSize(1);
        List<QuarantinedMail> held = quarantined();
        assertThat(held).extracting(QuarantinedMail::sender, QuarantinedMail::reason).contains(
                org.assertj.core.groups.Tuple.tuple(unknown, QuarantineReason.UNKNOWN_SENDER),
                org.assertj.core.groups.Tuple.tuple(other.toLowerCase(), QuarantineReason.OTHER_ADMINISTRATION),
                org.assertj.core.groups.Tuple.tuple(s.referent(), QuarantineReason.FORGED_TOKEN),
                org.assertj.core.groups.Tuple.tuple(s.referent(), QuarantineReason.EXPIRED_TOKEN));

        // staff read the original, release the unknown sender's mail into the ticket and discard the forged one
        QuarantinedMail fromUnknown = held.stream().filter(q -> q.sender().equals(unknown)).findFirst().orElseThrow();
        QuarantinedMail falseOne = held.stream().filter(q -> q.reason() == QuarantineReason.FORGED_TOKEN).findFirst()
                .orElseThrow();
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        assertThat(quarantine.original(fromUnknown.id()).text()).contains("Chi sono?");
        assertThat(quarantine.original(fromUnknown.id()).source()).contains("In-Reply-To");
        quarantine.release(fromUnknown.id(), s.ticket().number());
        quarantine.discard(falseOne.id());
        assertThatThrownBy(() -> quarantine.discard(falseOne.id())).isInstanceOf(it.percorsi.base.FieldErrors.class);
        TicketDetails t = tickets.ticket(s.ticket().id());
        assertThat(t.messages().getLast().bodyHtml()).contains("Chi sono?");
        assertThat(t.messages().getLast().authorName()).contains(unknown);
        assertThat(quarantine.pending()).extracting(QuarantinedMail::id).doesNotContain(fromUnknown.id(), falseOne.id());
    }

    @Test
    void a_staff_member_answering_by_mail_writes_a_public_reply_sent_on_to_the_requester() throws Exception {
        String referent = HelpdeskTestSupport.referent(context, "Ilaria Inoltro").toLowerCase();
        TicketDetails t = HelpdeskTestSupport.ask(context, "Domanda per posta allo staff");
        TestUsers.anonymousOutsideVaadin();
        Sent created = sent(TestUsers.HELPDESK).stream().filter(m -> m.subject().contains(t.number())).findFirst()
                .orElseThrow();
        inbox.deliver(message(TestUsers.HELPDESK, created.replyTo(), "Re: " + created.subject(), created.messageId(),
                "Buongiorno, la risposta è nel manuale.\n\nInviato da iPhone"));

        assertThat(poller.poll()).isEqualTo(1);

        TicketDetails after = asStaff(t.id());
        assertThat(after.messages().getLast().staff()).isTrue();
        assertThat(after.messages().getLast().bodyHtml()).contains("la risposta è nel manuale").doesNotContain("iPhone");
        assertThat(after.status()).isEqualTo(TicketStatus.WAITING_FOR_USER);
        assertThat(after.firstResponseAt()).isNotNull();
        assertThat(sent(referent)).anySatisfy(m -> {
            assertThat(m.subject()).startsWith("[" + t.number() + "]");
            assertThat(m.text()).contains("la risposta è nel manuale");
        });
    }

    @Test
    void auto_replies_and_bounces_are_recorded_and_never_answered() throws Exception {
        Scenario s = answeredTicket("Lara Vacanza");
        int mailsBefore = outgoing();
        MimeMessage vacation = message(s.referent(), s.answer().replyTo(), "Risposta automatica: " + s.answer().subject(),
                s.answer().messageId(), "Sono in ferie fino al 10 dicembre.");
        vacation.setHeader("Auto-Submitted", "auto-replied");
        vacation.saveChanges();
        vacation.setHeader("Message-ID", "<" + UUID.randomUUID() + "@client.example.it>");
        inbox.deliver(vacation);
        inbox.deliver(bounce(s.answer().messageId()));
        MimeMessage bulk = message(s.referent(), INBOUND, "Newsletter [" + s.ticket().number() + "]", null, "Novità");
        bulk.setHeader("Precedence", "bulk");
        inbox.deliver(bulk);

        assertThat(poller.poll()).isEqualTo(3);

        assertThat(asStaff(s.ticket().id()).messages()).hasSize(1);
        assertThat(asStaff(s.ticket().id()).status()).isEqualTo(TicketStatus.WAITING_FOR_USER);
        assertThat(receipts.findAll()).filteredOn(r -> r.getOutcome() == InboundOutcome.AUTOMATIC)
                .extracting(r -> r.getDetail())
                .contains("Auto-Submitted: auto-replied", "delivery report", "Precedence: bulk");
        OutboxTestAccess.deliverAll(context);
        assertThat(outgoing()).isEqualTo(mailsBefore); // nobody was answered
        assertThat(quarantined()).noneMatch(q -> q.subject().contains("Risposta automatica"));
    }

    /** Mails the help desk sent (to anyone but its own mailbox). */
    private int outgoing() throws Exception {
        OutboxTestAccess.deliverAll(context);
        int n = 0;
        for (MimeMessage m : mail.getReceivedMessages()) {
            String to = m.getHeader("To", ",");
            if (to == null || !to.contains("@percorsi.test")) {
                n++;
            }
        }
        return n;
    }

    /** A delivery-status report (RFC 3464) as a mail server writes it. */
    private MimeMessage bounce(String originalId) throws Exception {
        String raw = "From: MAILER-DAEMON@mx.comune.example.it\r\n"
                + "To: " + INBOUND + "\r\n"
                + "Subject: Undelivered Mail Returned to Sender\r\n"
                + "Message-ID: <" + UUID.randomUUID() + "@mx.comune.example.it>\r\n"
                + "In-Reply-To: " + originalId + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain\r\n\r\nDelivery to the following recipient failed permanently.\r\n"
                + "--b1\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.comune.example.it\r\n\r\n"
                + "Final-Recipient: rfc822; x@comune.example.it\r\nAction: failed\r\nStatus: 5.1.1\r\n"
                + "--b1--\r\n";
        return new MimeMessage(Session.getInstance(new Properties()),
                new java.io.ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void a_crash_before_the_commit_processes_the_mail_on_the_next_run_and_one_after_it_never_twice() throws Exception {
        Scenario s = answeredTicket("Marta Riavvio");
        inbox.deliver(message(s.referent(), INBOUND, "Re: riavvio", s.answer().messageId(), "Una sola volta."));

        // the process dies after the work, before the commit: nothing stays, the mail stays unread
        poller.beforeCommit = () -> {
            throw new SimulatedCrash();
        };
        assertThatThrownBy(poller::poll).isInstanceOf(SimulatedCrash.class);
        assertThat(asStaff(s.ticket().id()).messages()).hasSize(1);
        assertThat(unread()).isEqualTo(1);

        // restart: processed now
        poller.beforeCommit = () -> { };
        assertThat(poller.poll()).isEqualTo(1);
        assertThat(asStaff(s.ticket().id()).messages()).hasSize(2);

        // the process dies after the commit, before marking the mail read: it is still unread ...
        markAllUnread();
        assertThat(unread()).isEqualTo(1);
        // ... and the next run only marks it
        assertThat(poller.poll()).isEqualTo(1);
        assertThat(unread()).isZero();
        assertThat(asStaff(s.ticket().id()).messages()).hasSize(2);
        assertThat(receipts.findAll()).filteredOn(r -> s.ticket().id().equals(r.getTicketId())).hasSize(1);
    }

    static final class SimulatedCrash extends Error {
    }

    private int unread() throws Exception {
        try (Store store = imap()) {
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_ONLY);
            int n = folder.getUnreadMessageCount();
            folder.close(false);
            return n;
        }
    }

    private void markAllUnread() throws Exception {
        try (Store store = imap()) {
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_WRITE);
            for (Message m : folder.getMessages()) {
                m.setFlag(Flags.Flag.SEEN, false);
            }
            folder.close(false);
        }
    }

    private Store imap() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", IMAP_PORT, LOGIN, PASSWORD);
        return store;
    }

    @Test
    void a_file_of_a_refused_type_is_not_stored_and_the_reply_lands_with_the_others() throws Exception {
        Scenario s = answeredTicket("Nora Allegati");
        MimeMessage m = message(s.referent(), s.answer().replyTo(), "Re: " + s.answer().subject(),
                s.answer().messageId(), "");
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        body.setText("Vi allego il verbale.", "UTF-8");
        MimeBodyPart pdf = new MimeBodyPart();
        pdf.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(
                "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
                        .getBytes(StandardCharsets.US_ASCII), "application/pdf")));
        pdf.setFileName("verbale.pdf");
        pdf.setDisposition(Part.ATTACHMENT);
        MimeBodyPart exe = new MimeBodyPart();
        byte[] program = new byte[256];
        program[0] = 'M';
        program[1] = 'Z';
        exe.setDataHandler(new jakarta.activation.DataHandler(
                new jakarta.mail.util.ByteArrayDataSource(program, "application/octet-stream")));
        exe.setFileName("verbale.pdf.exe");
        exe.setDisposition(Part.ATTACHMENT);
        mixed.addBodyPart(body);
        mixed.addBodyPart(pdf);
        mixed.addBodyPart(exe);
        m.setContent(mixed);
        m.saveChanges();
        m.setHeader("Message-ID", "<" + UUID.randomUUID() + "@client.example.it>");
        inbox.deliver(m);

        assertThat(poller.poll()).isEqualTo(1);

        TicketDetails t = asStaff(s.ticket().id());
        assertThat(t.messages().getLast().bodyHtml()).contains("Vi allego il verbale.");
        assertThat(t.attachments()).extracting(AttachmentInfo::fileName).containsExactly("verbale.pdf");
        assertThat(t.history()).anySatisfy(h -> {
            assertThat(h.action()).isEqualTo("MAIL_FILE_REFUSED");
            assertThat(h.newValue()).isEqualTo("verbale.pdf.exe");
        });
    }

    @Test
    void a_known_referent_writing_about_nothing_known_opens_a_new_ticket() throws Exception {
        String referent = HelpdeskTestSupport.referent(context, "Olga Nuova").toLowerCase();
        TestUsers.anonymousOutsideVaadin();
        inbox.deliver(message(referent, INBOUND, "Come si scarica il report?", null,
                "Non trovo il pulsante per scaricare il report.\n\n-- \nOlga Nuova"));

        assertThat(poller.poll()).isEqualTo(1);

        TestUsers.loginAs(context, referent);
        List<TicketSummary> mine = tickets.myAdministrationTickets(10);
        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst().subject()).isEqualTo("Come si scarica il report?");
        assertThat(mine.getFirst().category()).isEqualTo(TicketCategory.OTHER);
        TicketDetails t = tickets.ticket(mine.getFirst().id());
        assertThat(t.body()).isEqualTo("Non trovo il pulsante per scaricare il report.");
        assertThat(t.originalBody()).isNull(); // staff only
        TestUsers.anonymousOutsideVaadin();
        assertThat(asStaff(mine.getFirst().id()).originalBody()).contains("-- \nOlga Nuova");
    }

    @Test
    void the_same_message_delivered_twice_is_processed_once() throws Exception {
        Scenario s = answeredTicket("Paola Doppia");
        MimeMessage m = message(s.referent(), INBOUND, "Re: doppia", s.answer().messageId(), "Una volta sola.");
        inbox.deliver(m);
        inbox.deliver(m);

        assertThat(poller.poll()).isEqualTo(2);

        assertThat(asStaff(s.ticket().id()).messages()).hasSize(2);
        assertThat(unread()).isZero();
    }
}
