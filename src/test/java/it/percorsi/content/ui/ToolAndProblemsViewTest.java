package it.percorsi.content.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.base.content.ContentProblem;
import it.percorsi.base.ui.AccessDeniedView;
import it.percorsi.content.ContentFixture;
import it.percorsi.content.ContentProperties;
import it.percorsi.content.internal.ContentImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@PercorsiTest
@ViewPackages(classes = {ToolView.class, AccessDeniedView.class})
class ToolAndProblemsViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired ContentImporter importer;
    @Autowired ContentProperties properties;

    @AfterEach
    void cleanUp() {
        TestUsers.logout();
        importer.importFrom(properties.dir());
    }

    @Test
    void a_tool_page_shows_its_text_and_the_guides_that_use_it() {
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        ToolView view = navigate("strumenti/traccia-gruppo-di-discussione", ToolView.class);
        assertThat($(H2.class).from(view).first().getText()).isEqualTo("Traccia per il gruppo di discussione");
        assertThat($(ContentBody.class).from($(com.vaadin.flow.component.html.Article.class).from(view).first()).first().getInnerHtml())
                .contains("guide/gruppo-di-discussione");
        assertThat(view.page.related()).extracting(g -> g.slug()).contains("gruppo-di-discussione");
        ToolView missing = navigate("strumenti/non-esiste", ToolView.class);
        assertThat($(H2.class).from(missing).first().getText()).isEqualTo("Strumento non trovato");
    }

    @Test
    void trainers_see_the_problems_of_the_last_import_with_file_and_line(@TempDir Path root) {
        ContentFixture.write(root, "guides/rotta.md", "# Senza intestazione\n");
        importer.importFrom(root);
        TestUsers.loginAs(context, TestUsers.TRAINER);
        ContentProblemsView view = navigate(ContentProblemsView.class);
        assertThat(test(view.grid).size()).isEqualTo(1);
        ContentProblem row = view.grid.getListDataView().getItem(0);
        assertThat(row.file()).isEqualTo("guides/rotta.md");
        assertThat(row.line()).isEqualTo(1);
        assertThat(row.message()).contains("missing front matter");
    }

    @Test
    void a_missing_english_translation_is_listed_apart_as_a_warning_and_the_file_is_imported(@TempDir Path root) {
        String slug = it.percorsi.content.ContentTestData.uniqueSlug("warn");
        ContentFixture.write(root, "guides/" + slug + ".md",
                it.percorsi.content.ContentTestData.guide(slug, "Guida senza inglese", "base", "Testo."));
        try {
            var report = importer.importFrom(root);
            assertThat(report.problems()).isEmpty();
            assertThat(report.created()).isEqualTo(1);
            TestUsers.loginAs(context, TestUsers.TRAINER);
            ContentProblemsView view = navigate(ContentProblemsView.class);
            assertThat(view.outcome.getText()).isEqualTo("Nessun problema: tutti i file sono validi.");
            assertThat(view.warnings.getListDataView().getItems().map(ContentProblem::toString).toList())
                    .containsExactly("guides/" + slug + ".md:3: warning: 'title' has no English translation: add"
                                    + " 'title_en' (see content/README.md)",
                            "guides/" + slug + ".md:4: warning: 'summary' has no English translation: add"
                                    + " 'summary_en' (see content/README.md)");
        } finally {
            it.percorsi.content.ContentTestData.delete(context, it.percorsi.content.ContentKind.GUIDE, slug);
        }
    }

    @Test
    void after_a_clean_import_the_page_says_so_and_referents_cannot_open_it() {
        importer.importFrom(properties.dir());
        TestUsers.loginAs(context, TestUsers.ADMIN);
        ContentProblemsView view = navigate(ContentProblemsView.class);
        assertThat(view.outcome.getText()).isEqualTo("Nessun problema: tutti i file sono validi.");

        TestUsers.loginAs(context, TestUsers.REFERENT);
        UI.getCurrent().navigate("contenuti/problemi");
        assertThat(getCurrentView()).isNotInstanceOf(ContentProblemsView.class);
    }
}
