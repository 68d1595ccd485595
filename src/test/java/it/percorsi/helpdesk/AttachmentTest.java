package it.percorsi.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.percorsi.HttpSession;
import it.percorsi.TestClockConfiguration;
import it.percorsi.TestUsers;
import it.percorsi.assessment.AssessmentTestSupport;
import it.percorsi.base.FieldErrors;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Attachments through the service and over HTTP (a context of its own): the type comes
 * from the bytes, limits are checked before storing, downloads are attachments with nosniff and
 * only for the ticket's administration and staff.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:helpdesk-http;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class AttachmentTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @LocalServerPort int port;
    @Autowired TicketService tickets;
    @Autowired AttachmentService attachments;
    @Autowired ApplicationContext context;

    @BeforeEach
    void anonymous() {
        TestUsers.anonymousOutsideVaadin();
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String e : entries) {
                zip.putNextEntry(new ZipEntry(e));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private TicketDetails ask(String subject, NewAttachment... files) {
        return tickets.ask(new TicketRequest(subject, "Vedi allegato", TicketCategory.TOOLS, null), List.of(files));
    }

    private void refused(String expectedKey, NewAttachment... files) {
        assertThatThrownBy(() -> ask("Rifiutato", files)).isInstanceOfSatisfying(FieldErrors.class,
                e -> assertThat(e.errors()).containsEntry("attachments", expectedKey));
    }

    @Test
    void allowed_types_are_detected_from_the_bytes_and_disguised_or_markup_files_are_refused() throws IOException {
        HelpdeskTestSupport.referent(context, "Ugo Allegati");
        TicketDetails t = ask("Allegati buoni", new NewAttachment("verbale.pdf", PDF), new NewAttachment("foto.png", PNG),
                new NewAttachment("piano.docx", zip("[Content_Types].xml", "word/document.xml")));
        assertThat(t.attachments()).extracting(AttachmentInfo::mediaType).containsExactly("application/pdf", "image/png",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(t.attachments().getFirst().sha256()).hasSize(64);

        refused("hd.attachment.error.markup", new NewAttachment("innocuo.pdf",
                "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8)));
        refused("hd.attachment.error.markup", new NewAttachment("logo.png",
                "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8)));
        refused("hd.attachment.error.type", new NewAttachment("fattura.pdf", zip("payload.exe")));
        refused("hd.attachment.error.type", new NewAttachment("lettera.docx", zip("payload.exe")));
        refused("hd.attachment.error.type", new NewAttachment("setup.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}));
        refused("hd.attachment.error.empty", new NewAttachment("vuoto.pdf", new byte[0]));
    }

    @Test
    void size_limits_per_file_and_per_ticket_are_checked_before_anything_is_stored() {
        HelpdeskTestSupport.referent(context, "Vera Grande");
        byte[] big = Arrays.copyOf(PDF, (int) attachments.maxFileBytes() + 1);
        refused("hd.attachment.error.fileTooLarge", new NewAttachment("grande.pdf", big));
        byte[] chunk = Arrays.copyOf(PDF, (int) attachments.maxFileBytes());
        int count = (int) (attachments.maxTicketBytes() / attachments.maxFileBytes()) + 1;
        NewAttachment[] many = new NewAttachment[count];
        for (int i = 0; i < count; i++) {
            many[i] = new NewAttachment("parte" + i + ".pdf", chunk);
        }
        refused("hd.attachment.error.ticketTooLarge", many);
        assertThat(tickets.myAdministrationTickets(10)).isEmpty(); // nothing stored, not even the ticket
    }

    @Test
    void downloads_are_attachments_with_nosniff_only_for_the_administration_and_staff() throws Exception {
        String email = HelpdeskTestSupport.referent(context, "Walter Scarica");
        TicketDetails t = ask("Da scaricare", new NewAttachment("../../verbale \"finale\".pdf", PDF));
        AttachmentInfo file = t.attachments().getFirst();
        assertThat(file.fileName()).isEqualTo("verbale _finale_.pdf");
        String url = "/allegati/" + file.id();

        HttpSession owner = new HttpSession(port);
        assertThat(owner.login(email, AssessmentTestSupport.PASSWORD)).doesNotContain("error").doesNotContain("status");
        HttpResponse<String> ok = owner.get(url);
        assertThat(ok.statusCode()).as(ok.headers() + "\n" + ok.body()).isEqualTo(200);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(ok.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
        assertThat(ok.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(ok.body()).startsWith("%PDF-1.4");

        HttpSession staff = new HttpSession(port);
        staff.login(TestUsers.HELPDESK, TestUsers.PASSWORD);
        assertThat(staff.get(url).statusCode()).isEqualTo(200);

        HttpSession stranger = new HttpSession(port);
        stranger.login(TestUsers.OTHER_REFERENT, TestUsers.PASSWORD);
        assertThat(stranger.get(url).statusCode()).isEqualTo(404);
        assertThat(stranger.get("/allegati/999999").statusCode()).isEqualTo(404);

        assertThat(new HttpSession(port).get(url).statusCode()).isIn(302, 401, 403); // not logged in
    }
}
