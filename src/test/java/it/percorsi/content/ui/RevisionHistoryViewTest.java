package it.percorsi.content.ui;

import it.percorsi.content.PortalEdits;
import static it.percorsi.content.ContentFixture.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.base.ui.AccessDeniedView;
import it.percorsi.content.ContentKind;
import it.percorsi.content.ContentRevisionService;
import it.percorsi.content.ContentRoutes;
import it.percorsi.content.ContentTestData;
import it.percorsi.content.PortalEdit;
import it.percorsi.content.RevisionInfo;
import it.percorsi.content.internal.ContentImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A trainer reads a guide's revisions, compares two and restores an old one after confirming. */
@PercorsiTest
@ViewPackages(classes = {RevisionHistoryView.class, GuideView.class, ToolView.class, GuideLibraryView.class, ContentProblemsView.class,
        AccessDeniedView.class})
class RevisionHistoryViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired ContentImporter importer;
    @Autowired ContentRevisionService revisions;
    @TempDir Path root;
    String slug;

    @BeforeEach
    void aGuideEditedInThePortal() {
        slug = ContentTestData.uniqueSlug("storia");
        write(root, "guides/" + slug + ".md", ContentTestData.guide(slug, "Titolo originale", "base",
                "Frase del file."));
        importer.importFrom(root);
        TestUsers.loginAs(context, TestUsers.TRAINER);
        PortalEdits.publish(context, ContentKind.GUIDE, slug, new PortalEdit("Titolo nuovo",
                "Riassunto di Titolo originale.", "# Titolo originale\n\nFrase del portale.", null));
    }

    @AfterEach
    void cleanUp() {
        TestUsers.logout();
        ContentTestData.delete(context, ContentKind.GUIDE, slug);
    }

    @Test
    void a_trainer_compares_two_revisions_and_restores_the_first_after_confirming() {
        UI.getCurrent().navigate(ContentRoutes.guide(slug));
        assertThat($(Anchor.class).id("guide-revisions").getHref())
                .isEqualTo("contenuti/revisioni/guide/" + slug);

        UI.getCurrent().navigate(ContentRoutes.revisions(ContentKind.GUIDE, slug));
        RevisionHistoryView view = (RevisionHistoryView) getCurrentView();
        assertThat(view.history).extracting(RevisionInfo::number).containsExactly(2, 1);
        assertThat(view.grid.getGenericDataView().getItems().count()).isEqualTo(2);
        // each revision says what changed against the previous one
        assertThat(view.grid.getColumnByKey("change").getHeaderText()).isEqualTo("Modifica");
        assertThat(view.change(view.history.get(0))).isEqualTo("titolo; +1 −" + "1 righe");
        assertThat(view.change(view.history.get(1))).isEqualTo("prima revisione");

        // the newest change is shown at once; changed lines are spoken, not only coloured
        String shown = view.diff.getElement().getTextRecursively();
        assertThat(shown).contains("Dalla revisione 1 alla 2: 2 righe aggiunte, 2 righe tolte.")
                .contains("Riga tolta: Frase del file.").contains("Riga aggiunta: Frase del portale.")
                .contains("Riga aggiunta: title: \"Titolo nuovo\"");

        view.from.setValue(2);
        view.to.setValue(2);
        test(view.compare).click();
        assertThat(view.diff.getElement().getTextRecursively()).contains("stesso testo");

        test(view.rollback).click(); // nothing chosen: error next to the field
        assertThat(view.restore.isInvalid()).isTrue();
        view.restore.setValue(1);
        test(view.rollback).click();
        assertThat(view.confirmation.isVisible()).isTrue();
        assertThat(view.confirmation.getElement().getTextRecursively()).contains("revisione 1")
                .contains("revisione 3");
        assertThat(revisions.history(ContentKind.GUIDE, slug)).hasSize(2); // not before confirming
        test(view.confirm).click();

        assertThat(view.status.getText()).contains("Ripristinata la revisione 1").contains("revisione 3");
        assertThat(view.history).extracting(RevisionInfo::number).containsExactly(3, 2, 1);
        assertThat(view.history.get(0).current()).isTrue();
        assertThat(view.history.get(0).title()).isEqualTo("Titolo originale");
        assertThat(view.change(view.history.get(0)))
                .isEqualTo("Ripristino della revisione 1 · titolo; +1 −" + "1 righe");
    }

    @Test
    void a_tool_page_links_trainers_to_its_history() {
        UI.getCurrent().navigate(ContentRoutes.tool("scheda-del-servizio"));
        assertThat($(Anchor.class).id("tool-revisions").getHref())
                .isEqualTo("contenuti/revisioni/tool/scheda-del-servizio");
        UI.getCurrent().navigate(ContentRoutes.revisions(ContentKind.TOOL, "scheda-del-servizio"));
        assertThat(((RevisionHistoryView) getCurrentView()).history).isNotEmpty();
        TestUsers.loginAs(context, TestUsers.REFERENT);
        UI.getCurrent().navigate(ContentRoutes.tool("scheda-del-servizio"));
        assertThat($(Anchor.class).withId("tool-revisions").exists()).isFalse();
    }

    @Test
    void a_stale_page_reports_the_conflict_instead_of_restoring() {
        UI.getCurrent().navigate(ContentRoutes.revisions(ContentKind.GUIDE, slug));
        RevisionHistoryView view = (RevisionHistoryView) getCurrentView();
        // someone else saves while the page is open
        PortalEdits.publish(context, ContentKind.GUIDE, slug, new PortalEdit("Titolo altrui",
                "Riassunto di Titolo originale.", "Testo altrui.", null));
        view.restore.setValue(1);
        test(view.rollback).click();
        test(view.confirm).click();
        assertThat(view.status.getText()).contains("Qualcun altro ha modificato");
        assertThat(revisions.history(ContentKind.GUIDE, slug)).hasSize(3);
        assertThat(revisions.history(ContentKind.GUIDE, slug).get(0).title()).isEqualTo("Titolo altrui");
    }

    @Test
    void the_export_link_is_on_the_content_problems_page_and_others_cannot_open_the_history() {
        navigate(ContentProblemsView.class);
        assertThat($(Anchor.class).id("content-export").getText()).isEqualTo("Scarica tutti i contenuti (zip)");

        UI.getCurrent().navigate("contenuti/revisioni/guide/non-esiste");
        assertThat(getCurrentView()).isInstanceOf(RevisionHistoryView.class);
        assertThat(((RevisionHistoryView) getCurrentView()).history).isEmpty();

        for (String who : java.util.List.of(TestUsers.REFERENT, TestUsers.HELPDESK)) {
            TestUsers.loginAs(context, who);
            UI.getCurrent().navigate(ContentRoutes.revisions(ContentKind.GUIDE, slug));
            assertThat(getCurrentView()).isNotInstanceOf(RevisionHistoryView.class);
            UI.getCurrent().navigate(ContentRoutes.guide(slug));
            assertThat($(Anchor.class).withId("guide-revisions").exists()).isFalse();
        }
    }
}
