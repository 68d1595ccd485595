package it.percorsi.content.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.content.ContentLibrary;
import it.percorsi.content.ContentFixture;
import it.percorsi.content.ContentImageService;
import it.percorsi.content.ContentTestData;
import it.percorsi.content.TestImages;
import it.percorsi.content.UploadedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;

/**
 * Trainers upload pictures for guides: the server decides the type from the bytes, checks size and
 * alt text, stores them in the database and serves them at the address markdown's images/... uses.
 */
@PercorsiTest
class ImageUploadTest {

    @Autowired ContentImageService service;
    @Autowired ContentImages images;
    @Autowired UploadedImageRepository uploads;
    @Autowired ApplicationContext context;
    @TempDir Path folder;
    String guide;

    @BeforeEach
    void asTrainer() {
        guide = ContentTestData.uniqueSlug("immagini");
        TestUsers.loginAs(context, TestUsers.TRAINER);
    }

    @AfterEach
    void cleanUp() {
        uploads.findByGuideSlugOrderByPathAsc(guide).forEach(uploads::delete);
        TestUsers.logout();
    }

    private ContentImageController controller() {
        return new ContentImageController(images);
    }

    @Test
    void a_png_jpeg_and_webp_are_stored_named_by_their_bytes_and_served_with_their_type_and_nosniff() throws IOException {
        byte[] png = TestImages.png(40, 30);
        UploadedImage saved = service.upload(guide, "Schema del Focus Group.PNG", png, "  Schema delle  fasi ");
        assertThat(saved.path()).isEqualTo(guide + "/schema-del-focus-group.png");
        assertThat(saved.altText()).isEqualTo("Schema delle fasi");
        assertThat(saved.snippet()).isEqualTo("![Schema delle fasi](images/" + guide + "/schema-del-focus-group.png)");
        assertThat(saved.width()).isEqualTo(40);
        assertThat(saved.uploadedBy()).isEqualTo(TestUsers.TRAINER);

        // a JPEG named .png gets the extension of what it is; the browser's claim plays no part
        UploadedImage jpeg = service.upload(guide, "foto.png", TestImages.jpeg(20, 20), "Una foto");
        assertThat(jpeg.path()).isEqualTo(guide + "/foto.jpg");
        assertThat(jpeg.mediaType()).isEqualTo("image/jpeg");
        UploadedImage webp = service.upload(guide, "disegno.webp", TestImages.webpLossy(), "Un disegno");
        assertThat(webp.mediaType()).isEqualTo("image/webp");

        var response = controller().image("/" + saved.path());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getBody().getContentAsByteArray()).isEqualTo(png);
        assertThat(controller().image("/" + webp.path()).getHeaders().getContentType())
                .isEqualTo(MediaType.parseMediaType("image/webp"));

        assertThat(service.list(guide)).extracting(UploadedImage::path)
                .containsExactly(guide + "/disegno.webp", guide + "/foto.jpg", guide + "/schema-del-focus-group.png");
        assertThat(service.delete(saved.path())).isTrue();
        assertThat(controller().image("/" + saved.path()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void svg_also_renamed_png_html_truncated_and_too_big_files_are_refused_next_to_the_file_field() {
        assertRefused("disegno.svg", "<svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8),
                "content.images.error.SVG");
        assertRefused("innocente.png", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8), "content.images.error.SVG");
        assertRefused("pagina.png", "<html><body onload=alert(1)></body></html>".getBytes(StandardCharsets.UTF_8),
                "content.images.error.NOT_AN_IMAGE");
        assertRefused("tagliata.png", TestImages.truncated(TestImages.png(60, 60)), "content.images.error.DAMAGED");
        assertRefused("tagliata.jpg", TestImages.truncated(TestImages.jpeg(60, 60)), "content.images.error.DAMAGED");
        byte[] big = Arrays.copyOf(TestImages.png(40, 30), (int) service.maxBytes() + 1);
        assertRefused("grande.png", big, "content.images.error.tooBig");
        assertRefused("vuota.png", new byte[0], "content.images.error.missing");
        assertThat(service.list(guide)).isEmpty();
    }

    private void assertRefused(String name, byte[] bytes, String key) {
        assertThatThrownBy(() -> service.upload(guide, name, bytes, "Testo alternativo"))
                .as(name).isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors())
                        .containsExactly(java.util.Map.entry(ContentImageService.FIELD_FILE, key)));
    }

    @Test
    void the_alt_text_is_required_and_both_errors_come_at_once() {
        assertThatThrownBy(() -> service.upload(guide, "a.png", TestImages.png(10, 10), "   "))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors())
                        .containsEntry(ContentImageService.FIELD_ALT, "content.images.error.altRequired")
                        .hasSize(1));
        assertThatThrownBy(() -> service.upload(guide, "a.svg", "<svg/>".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors()).containsKeys(
                        ContentImageService.FIELD_FILE, ContentImageService.FIELD_ALT));
        assertThatThrownBy(() -> service.upload(guide, "a.png", TestImages.png(10, 10), "x".repeat(301)))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors())
                        .containsEntry(ContentImageService.FIELD_ALT, "content.images.error.altTooLong"));
        assertThat(service.list(guide)).isEmpty();
    }

    @Test
    void the_same_name_twice_is_refused_instead_of_replacing_the_picture() {
        service.upload(guide, "schema.png", TestImages.png(10, 10), "Primo");
        assertThatThrownBy(() -> service.upload(guide, "schema.png", TestImages.png(12, 12), "Secondo"))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors())
                        .containsEntry(ContentImageService.FIELD_FILE, "content.images.error.exists"));
        assertThat(service.list(guide)).singleElement().extracting(UploadedImage::altText).isEqualTo("Primo");
    }

    @Test
    void an_upload_wins_over_a_folder_picture_of_the_same_path() throws IOException {
        byte[] folderPicture = TestImages.png(8, 8);
        ContentFixture.write(folder, "images/" + guide + "/schema.png", folderPicture);
        ContentFixture.write(folder, "images/" + guide + "/solo-cartella.png", folderPicture);
        byte[] uploaded = TestImages.png(16, 16);
        service.upload(guide, "schema.png", uploaded, "Caricata");
        ContentImages withFolder = new ContentImages(ContentLibrary.of(folder), uploads);
        assertThat(withFolder.inFolder(guide + "/schema.png")).isTrue();
        assertThat(withFolder.serve(guide + "/schema.png").orElseThrow().body().getContentAsByteArray())
                .isEqualTo(uploaded);
        assertThat(withFolder.serve(guide + "/solo-cartella.png").orElseThrow().uploaded()).isFalse();
        assertThat(withFolder.exists(guide + "/solo-cartella.png")).isTrue();
        assertThat(withFolder.exists(guide + "/schema.png")).isTrue();
        assertThat(withFolder.exists(guide + "/mancante.png")).isFalse();
        assertThat(withFolder.catalogWithUploads().images()).containsKeys(guide + "/schema.png",
                guide + "/solo-cartella.png");
    }

    @Test
    void referents_and_help_desk_staff_are_refused_on_the_server() {
        service.upload(guide, "schema.png", TestImages.png(10, 10), "Schema");
        for (String user : new String[] {TestUsers.REFERENT, TestUsers.HELPDESK}) {
            TestUsers.loginAs(context, user);
            assertThatThrownBy(() -> service.upload(guide, "altra.png", TestImages.png(10, 10), "Altra"))
                    .as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.list(guide)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.delete(guide + "/schema.png")).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.loginAs(context, TestUsers.ADMIN);
        assertThat(service.list(guide)).hasSize(1);
    }
}
