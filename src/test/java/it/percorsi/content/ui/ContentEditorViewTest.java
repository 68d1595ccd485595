package it.percorsi.content.ui;

import static it.percorsi.content.ContentFixture.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.base.ui.AccessDeniedView;
import it.percorsi.content.AuthoringService;
import it.percorsi.content.ContentKind;
import it.percorsi.content.ContentRoutes;
import it.percorsi.content.ContentTestData;
import it.percorsi.content.DraftInfo;
import it.percorsi.content.DraftState;
import it.percorsi.content.GuideLevel;
import it.percorsi.content.GuideService;
import it.percorsi.content.internal.ContentImporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The content editor: the preview follows the text, saving keeps readers on the old text, submit
 * and publish show it to them, autosave, a conflict shows both texts and loses neither, leaving
 * with unsaved changes asks first, a new guide's slug is checked, and only trainers get in.
 */
@PercorsiTest
@ViewPackages(classes = {ContentEditorView.class, ContentDraftsView.class, GuideView.class, GuideLibraryView.class,
        AccessDeniedView.class})
class ContentEditorViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired ContentImporter importer;
    @Autowired AuthoringService authoring;
    @Autowired GuideService guides;
    @Autowired it.percorsi.content.ContentImageService images;
    @TempDir Path root;
    String slug;
    final List<String> created = new ArrayList<>();

    @BeforeEach
    void aGuide() {
        slug = ContentTestData.uniqueSlug("editor");
        write(root, "guides/" + slug + ".md", ContentTestData.guide(slug, "Guida da modificare", "base",
                "Testo del file."));
        importer.importFrom(root);
        TestUsers.loginAs(context, TestUsers.TRAINER);
    }

    @AfterEach
    void cleanUp() {
        TestUsers.logout();
        ContentTestData.delete(context, ContentKind.GUIDE, slug);
        created.forEach(s -> ContentTestData.delete(context, ContentKind.GUIDE, s));
    }

    private ContentEditorView openEditor() {
        UI.getCurrent().navigate(ContentRoutes.LIBRARY);
        UI.getCurrent().navigate(ContentRoutes.edit(ContentKind.GUIDE, slug));
        return (ContentEditorView) getCurrentView();
    }

    @Test
    void the_preview_follows_the_text_and_saving_submitting_and_publishing_show_it_to_readers() {
        UI.getCurrent().navigate(ContentRoutes.guide(slug));
        assertThat($(Anchor.class).id("guide-edit").getHref()).isEqualTo("contenuti/modifica/guide/" + slug);

        ContentEditorView view = openEditor();
        assertThat(view.title.getValue()).isEqualTo("Guida da modificare");
        assertThat(view.level.getValue()).isEqualTo(GuideLevel.BASE);
        assertThat(view.state.getText()).isEqualTo("Bozza");
        assertThat(view.editor.previewHtml()).contains("Testo del file.");

        test(view.editor.source()).setValue("## Sezione nuova\n\nTesto **scritto nel portale**.");
        assertThat(view.editor.previewHtml()).contains("<strong>scritto nel portale</strong>")
                .contains("Sezione nuova").doesNotContain("Testo del file.");
        assertThat(view.editor.getElement().toString()).isNotNull();
        assertThat(view.dirty).isTrue();
        assertThat(view.saved.getText()).isEqualTo("Modifiche non salvate");

        test(view.save).click();
        assertThat(view.dirty).isFalse();
        assertThat(view.saved.getText()).startsWith("Bozza salvata alle ");
        assertThat(referentSees()).contains("Testo del file.").doesNotContain("scritto nel portale");

        test(view.submit).click();
        assertThat(view.state.getText()).isEqualTo("In revisione");
        assertThat(view.editor.source().isReadOnly()).isTrue();
        assertThat(view.save.isVisible()).isFalse();
        assertThat(referentSees()).doesNotContain("scritto nel portale");

        test(view.publish).click();
        assertThat(view.state.getText()).isEqualTo("Pubblicato");
        assertThat(view.message.getText()).contains("Pubblicato");
        assertThat(referentSees()).contains("scritto nel portale").doesNotContain("Testo del file.");
    }

    @Test
    void a_reviewer_comments_asks_for_changes_then_the_guide_is_published_archived_and_restored() {
        ContentEditorView view = openEditor();
        test(view.editor.source()).setValue("Testo da rivedere.");
        test(view.submit).click(); // saves first, then submits
        assertThat(view.state.getText()).isEqualTo("In revisione");
        test(view.newComment).setValue("Aggiungete un esempio.");
        test(view.requestChanges).click();
        assertThat(view.state.getText()).isEqualTo("Bozza");
        assertThat(view.comments.getElement().getTextRecursively()).contains("Aggiungete un esempio.");
        assertThat(view.editor.source().isReadOnly()).isFalse();

        test(view.editor.source()).setValue("Testo rivisto con un esempio.");
        assertThat(view.changeNote.isVisible()).isFalse(); // only when publishing
        test(view.submit).click();
        assertThat(view.changeNote.isVisible()).isTrue();
        assertThat(view.changeNote.getLabel()).isEqualTo("Nota sulla modifica");
        test(view.changeNote).setValue("x".repeat(301));
        test(view.publish).click();
        assertThat(view.changeNote.isInvalid()).isTrue(); // too long: error next to the field
        assertThat(view.state.getText()).isEqualTo("In revisione");
        test(view.changeNote).setValue("Aggiunto un esempio.");
        test(view.publish).click();
        assertThat(view.state.getText()).isEqualTo("Pubblicato");
        assertThat(context.getBean(it.percorsi.content.ContentRevisionService.class)
                .history(it.percorsi.content.ContentKind.GUIDE, slug).getFirst().changeNote())
                .isEqualTo("Aggiunto un esempio.");
        assertThat(referentSees()).contains("Testo rivisto con un esempio.");
        assertThat(view.archive.isVisible()).isTrue();
        test(view.archive).click();
        assertThat(view.message.getText()).startsWith("Archiviato");
        TestUsers.loginAs(context, TestUsers.REFERENT);
        assertThat(guides.guide(slug)).isEmpty();
        TestUsers.loginAs(context, TestUsers.TRAINER);
        assertThat(view.restore.isVisible()).isTrue();
        test(view.restore).click();
        assertThat(referentSees()).contains("Testo rivisto con un esempio.");
    }

    @Test
    void changes_are_saved_automatically_when_the_timer_fires() {
        ContentEditorView view = openEditor();
        test(view.title).setValue("Titolo cambiato");
        view.autosave();
        assertThat(view.saved.getText()).startsWith("Bozza salvata automaticamente alle ");
        assertThat(authoring.open(ContentKind.GUIDE, slug).content().title()).isEqualTo("Titolo cambiato");
        view.autosave(); // nothing left to save
        assertThat(view.dirty).isFalse();
    }

    @Test
    void a_conflict_shows_both_texts_keeps_mine_in_the_editor_and_lets_me_save_over_theirs() {
        ContentEditorView view = openEditor();
        DraftInfo draft = authoring.open(ContentKind.GUIDE, slug);
        TestUsers.loginAs(context, TestUsers.ADMIN);
        authoring.save(draft.id(), draft.version(), draft.content().withBody("Il testo dell'altra persona."));
        TestUsers.loginAs(context, TestUsers.TRAINER);

        test(view.editor.source()).setValue("Il mio testo.");
        test(view.save).click();
        assertThat(view.conflict.isVisible()).isTrue();
        assertThat(view.conflictTheirs.getText()).isEqualTo("Il testo dell'altra persona.");
        assertThat(view.conflictMine.getText()).isEqualTo("Il mio testo.");
        assertThat(view.editor.getValue()).isEqualTo("Il mio testo.");
        assertThat(view.saved.getText()).startsWith("Non salvato");

        test(view.keepMine).click();
        assertThat(view.conflict.isVisible()).isFalse();
        assertThat(view.saved.getText()).startsWith("Bozza salvata alle ");
        assertThat(authoring.open(ContentKind.GUIDE, slug).content().body()).isEqualTo("Il mio testo.");
    }

    @Test
    void taking_their_text_loads_it_into_the_editor() {
        ContentEditorView view = openEditor();
        DraftInfo draft = authoring.open(ContentKind.GUIDE, slug);
        authoring.save(draft.id(), draft.version(), draft.content().withBody("Testo salvato in un'altra scheda."));
        test(view.editor.source()).setValue("Il mio testo.");
        test(view.save).click();
        test(view.takeTheirs).click();
        assertThat(view.editor.getValue()).isEqualTo("Testo salvato in un'altra scheda.");
        assertThat(view.dirty).isFalse();
        assertThat(view.editor.previewHtml()).contains("Testo salvato in un");
    }

    @Test
    void leaving_with_unsaved_changes_asks_first() {
        ContentEditorView view = openEditor();
        test(view.editor.source()).setValue("Testo non salvato.");
        UI.getCurrent().navigate(ContentRoutes.LIBRARY);
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.leaveDialog.isOpened()).isTrue();
        test(view.leaveDialog).cancel();
        assertThat(getCurrentView()).isSameAs(view);

        UI.getCurrent().navigate(ContentRoutes.LIBRARY);
        test(view.leaveDialog).confirm();
        assertThat(getCurrentView()).isInstanceOf(GuideLibraryView.class);

        // a saved editor lets you go at once
        ContentEditorView again = openEditor();
        test(again.editor.source()).setValue("Testo salvato.");
        test(again.save).click();
        UI.getCurrent().navigate(ContentRoutes.LIBRARY);
        assertThat(getCurrentView()).isInstanceOf(GuideLibraryView.class);
    }

    @Test
    void a_new_guide_gets_a_checked_slug_and_shows_in_the_drafts_page() {
        UI.getCurrent().navigate(ContentRoutes.LIBRARY);
        UI.getCurrent().navigate(ContentRoutes.create(ContentKind.GUIDE));
        ContentEditorView view = (ContentEditorView) getCurrentView();
        assertThat(view.slugField.isVisible()).isTrue();
        test(view.slugField).setValue(slug);
        assertThat(view.slugField.isInvalid()).isTrue();
        assertThat(view.slugField.getErrorMessage()).contains("già usato");
        test(view.slugField).setValue("Non Valido");
        assertThat(view.slugField.getErrorMessage()).contains("minuscole");

        String fresh = ContentTestData.uniqueSlug("nuova-dal-portale");
        created.add(fresh);
        test(view.slugField).setValue(fresh);
        assertThat(view.slugField.isInvalid()).isFalse();
        test(view.title).setValue("Una guida nuova");
        test(view.editor.source()).setValue("Il testo della guida nuova.");
        test(view.save).click();
        assertThat(view.draft).isNotNull();
        assertThat(view.slugField.isVisible()).isFalse();

        test(view.submit).click(); // summary, level and group missing: errors next to the fields
        assertThat(view.summary.isInvalid()).isTrue();
        assertThat(view.level.isInvalid()).isTrue();
        assertThat(view.draft.state()).isEqualTo(DraftState.DRAFT);

        UI.getCurrent().navigate(ContentRoutes.DRAFTS);
        ContentDraftsView drafts = (ContentDraftsView) getCurrentView();
        assertThat(drafts.writing.getElement().getTextRecursively()).contains("Una guida nuova").contains("nuovo");
        assertThat($(Anchor.class).id("draft-" + view.draft.id()).getHref())
                .isEqualTo(ContentRoutes.edit(ContentKind.GUIDE, fresh));
    }

    @Test
    void a_picture_uploaded_from_the_toolbar_goes_in_at_the_cursor_with_its_alt_text() {
        ContentEditorView view = openEditor();
        assertThat(view.insertImage.isVisible()).isTrue();
        test(view.insertImage).click();
        roundTrip(); // the dialog attaches itself before the response
        assertThat(view.imageDialog.isOpened()).isTrue();
        ImageUploadField field = view.imageField;
        try {
            field.receive("Sportello.png", it.percorsi.content.TestImages.png(30, 20));
            test(field.altText).setValue("Lo sportello visto dall'ingresso");
            UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
            test(field.send).click();
            String snippet = "![Lo sportello visto dall'ingresso](images/" + slug + "/sportello.png)";
            assertThat(images.list(slug)).singleElement()
                    .satisfies(i -> assertThat(i.altText()).isEqualTo("Lo sportello visto dall'ingresso"));
            assertThat(view.imageDialog.isOpened()).isFalse();
            // the markdown is inserted at the cursor in the browser (the text area's own selection)
            assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                    .anySatisfy(js -> assertThat(js.getInvocation().getParameters()).anySatisfy(
                            p -> assertThat(String.valueOf(p)).contains(snippet)));
        } finally {
            images.list(slug).forEach(i -> images.delete(i.path()));
        }
        // FAQs have no pictures
        UI.getCurrent().navigate(ContentRoutes.LIBRARY);
        UI.getCurrent().navigate(ContentRoutes.create(ContentKind.FAQ));
        assertThat(((ContentEditorView) getCurrentView()).insertImage.isVisible()).isFalse();
    }

    @Test
    void referents_and_help_desk_staff_cannot_open_the_editor_or_the_drafts() {
        for (String who : List.of(TestUsers.REFERENT, TestUsers.HELPDESK)) {
            TestUsers.loginAs(context, who);
            UI.getCurrent().navigate(ContentRoutes.LIBRARY);
            UI.getCurrent().navigate(ContentRoutes.edit(ContentKind.GUIDE, slug));
            assertThat(getCurrentView()).as(who).isNotInstanceOf(ContentEditorView.class);
            UI.getCurrent().navigate(ContentRoutes.create(ContentKind.GUIDE));
            assertThat(getCurrentView()).as(who).isNotInstanceOf(ContentEditorView.class);
            UI.getCurrent().navigate(ContentRoutes.DRAFTS);
            assertThat(getCurrentView()).as(who).isNotInstanceOf(ContentDraftsView.class);
            UI.getCurrent().navigate(ContentRoutes.guide(slug));
            assertThat($(Anchor.class).withId("guide-edit").exists()).isFalse();
        }
    }

    private String referentSees() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        try {
            return guides.guide(slug).orElseThrow().html();
        } finally {
            TestUsers.loginAs(context, TestUsers.TRAINER);
        }
    }
}
