package it.percorsi.content.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.base.ui.AccessDeniedView;
import it.percorsi.content.ContentImageService;
import it.percorsi.content.ContentRoutes;
import it.percorsi.content.ContentTestData;
import it.percorsi.content.TestImages;
import it.percorsi.content.internal.UploadedImageRepository;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A trainer uploads a picture with its alt text, sees errors next to the fields and copies the markdown. */
@PercorsiTest
@ViewPackages(classes = {UploadedImagesView.class, GuideLibraryView.class, AccessDeniedView.class})
class UploadedImagesViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired ContentImageService service;
    @Autowired UploadedImageRepository uploads;
    String guide;

    @BeforeEach
    void asTrainer() {
        guide = ContentTestData.uniqueSlug("vista-immagini");
        TestUsers.loginAs(context, TestUsers.TRAINER);
    }

    @AfterEach
    void cleanUp() {
        uploads.findByGuideSlugOrderByPathAsc(guide).forEach(uploads::delete);
        TestUsers.logout();
    }

    @Test
    void errors_are_shown_next_to_the_fields_and_a_good_upload_gives_the_markdown_to_copy() {
        UI.getCurrent().navigate(ContentRoutes.UPLOADED_IMAGES);
        UploadedImagesView view = (UploadedImagesView) getCurrentView();
        test(view.guide).setValue(guide);
        assertThat(view.shown).isEmpty();
        ImageUploadField field = view.uploadField;

        // an SVG renamed .png, and no alt text: both errors at once, each next to its field
        field.receive("disegno.png", "<svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8));
        test(field.send).click();
        assertThat(field.fileError.getText()).contains("SVG non sono accettate");
        assertThat(field.altText.isInvalid()).isTrue();
        assertThat(field.altText.getErrorMessage()).isEqualTo("Il testo alternativo è obbligatorio.");
        assertThat(view.lastSnippet.isVisible()).isFalse();

        field.receive("Schema Fasi.png", TestImages.png(40, 30));
        test(field.send).click();
        assertThat(field.fileError.getText()).isEmpty();
        assertThat(field.altText.isInvalid()).isTrue(); // the picture is fine, the alt text still missing

        test(field.altText).setValue("Le quattro fasi del percorso");
        test(field.send).click();
        assertThat(field.altText.isInvalid()).isFalse();
        assertThat(field.status.getText()).isEqualTo("Immagine caricata: images/" + guide + "/schema-fasi.png");
        assertThat(view.lastSnippet.isVisible()).isTrue();
        assertThat(view.lastSnippet.getValue())
                .isEqualTo("![Le quattro fasi del percorso](images/" + guide + "/schema-fasi.png)");
        assertThat(view.shown).singleElement().satisfies(i -> {
            assertThat(i.altText()).isEqualTo("Le quattro fasi del percorso");
            assertThat(i.width()).isEqualTo(40);
        });
        assertThat(field.altText.getValue()).isEmpty(); // ready for the next one

        view.delete(view.shown.get(0));
        assertThat(view.shown).isEmpty();
        assertThat(view.status.getText()).contains("Immagine eliminata");
    }

    @Test
    void the_field_hands_the_markdown_to_the_editor_callback() {
        List<String> inserted = new ArrayList<>();
        ImageUploadField field = new ImageUploadField(service, () -> guide, inserted::add);
        UI.getCurrent().add(field);
        field.receive("foto.jpg", TestImages.jpeg(20, 10));
        test(field.altText).setValue("Una foto dello sportello");
        test(field.send).click();
        assertThat(inserted).containsExactly("![Una foto dello sportello](images/" + guide + "/foto.jpg)");
        assertThat(field.lastUploaded().mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void referents_and_help_desk_staff_cannot_open_the_page() {
        for (String who : List.of(TestUsers.REFERENT, TestUsers.HELPDESK)) {
            TestUsers.loginAs(context, who);
            UI.getCurrent().navigate(ContentRoutes.LIBRARY);
            UI.getCurrent().navigate(ContentRoutes.UPLOADED_IMAGES);
            assertThat(getCurrentView()).isNotInstanceOf(UploadedImagesView.class);
        }
    }
}
