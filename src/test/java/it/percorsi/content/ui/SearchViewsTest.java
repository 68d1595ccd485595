package it.percorsi.content.ui;

import static it.percorsi.content.ContentFixture.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import it.percorsi.MutableClock;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.base.ui.AccessDeniedView;
import it.percorsi.base.ui.MainLayout;
import it.percorsi.content.ContentKind;
import it.percorsi.content.ContentTestData;
import it.percorsi.content.ImportReport;
import it.percorsi.content.internal.ContentImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@PercorsiTest
@ViewPackages(classes = {SearchView.class, FaqIndexView.class, FaqView.class, SearchReportView.class, MainLayout.class,
        AccessDeniedView.class})
class SearchViewsTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired ContentImporter importer;
    @Autowired MutableClock clock;
    @TempDir Path root;
    String guide;
    String faq;

    @BeforeEach
    void importDocuments() {
        guide = ContentTestData.uniqueSlug("vista-g");
        faq = ContentTestData.uniqueSlug("vista-f");
        write(root, "guides/" + guide + ".md", ContentTestData.guide(guide, "Ascoltare chi usa l'idrovora", "base",
                "Il servizio di pompaggio spiegato ai cittadini."));
        write(root, "faq/" + faq + ".md", """
                ---
                slug: %s
                question: Serve un permesso per l'idrovora?
                topic: privacy
                ---
                No, basta **avvisare** l'ufficio.
                """.formatted(faq));
        ImportReport report = importer.importFrom(root);
        assertThat(report.problems()).isEmpty();
        TestUsers.loginAs(context, TestUsers.REFERENT);
    }

    @AfterEach
    void cleanUp() {
        TestUsers.logout();
        clock.reset();
        ContentTestData.delete(context, ContentKind.GUIDE, guide);
        ContentTestData.delete(context, ContentKind.FAQ, faq);
    }

    @Test
    void the_results_page_reads_the_address_and_links_each_result_with_its_highlight() {
        SearchView view = search("q", "idrovora");
        assertThat(view.words.getValue()).isEqualTo("idrovora");
        assertThat(view.summary.getText()).matches("\\d+ risultat[oi] per «idrovora»");
        Anchor guideLink = $(Anchor.class).id("result-guide-" + guide);
        assertThat(guideLink.getHref()).isEqualTo("guide/" + guide);
        assertThat(guideLink.getElement().getChild(0).getProperty("innerHTML")).contains("idrovora</mark>");
        assertThat($(Anchor.class).id("result-faq-" + faq).getHref()).isEqualTo("faq/" + faq);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Cerca — idrovora · Percorsi");
    }

    @Test
    void filters_narrow_the_results_and_go_into_the_address() {
        SearchView view = search("q", "idrovora", "tipo", "faq");
        assertThat(view.kind.getValue()).isEqualTo("faq");
        assertThat(view.last.hits()).extracting(h -> h.kind()).containsOnly(ContentKind.FAQ);
        assertThat($(Anchor.class).withId("result-guide-" + guide).exists()).isFalse();

        view.kind.setValue("guida");
        view.go();
        view = (SearchView) getCurrentView();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .contains("tipo=guida").contains("q=idrovora");
        assertThat(view.last.hits()).extracting(h -> h.kind()).containsOnly(ContentKind.GUIDE);

        // a made-up filter value is ignored, not an error
        view = search("q", "idrovora", "tipo", "xyz", "livello", "<script>");
        assertThat(view.kind.getValue()).isEmpty();
        assertThat(view.last.hits()).isNotEmpty();
    }

    @Test
    void no_result_says_so_and_empty_words_explain_the_page() {
        SearchView view = search("q", "zqxwv kjhgfdsa");
        assertThat(view.summary.getText()).startsWith("Nessun risultato per «zqxwv kjhgfdsa»");
        assertThat(view.results.getChildren()).isEmpty();
        view = search();
        assertThat(view.summary.getText()).startsWith("Scrivete una o più parole");
    }

    @Test
    void the_header_box_suggests_titles_while_typing_and_enter_opens_the_results() {
        navigate(FaqIndexView.class);
        SearchBox box = $(SearchBox.class).single();
        assertThat(box.suggestionsShown()).isFalse();
        assertThat(box.panel).as("the suggestions are built when first needed (issue 14)").isNull();
        test(box.field).setValue("idrov");
        assertThat(box.suggestionsShown()).isTrue();
        assertThat($(Anchor.class).id("suggestion-guide-" + guide).getHref()).isEqualTo("guide/" + guide);
        assertThat($(Anchor.class).id("suggestion-all").getHref()).isEqualTo("cerca?q=idrov");
        test(box.field).setValue("i");
        assertThat(box.suggestionsShown()).isFalse();
        test(box.field).setValue("idrovora");
        box.open();
        assertThat(getCurrentView()).isInstanceOf(SearchView.class);
        assertThat(((SearchView) getCurrentView()).words.getValue()).isEqualTo("idrovora");
    }

    @Test
    void faqs_are_listed_by_topic_and_each_has_its_page() {
        FaqIndexView index = navigate(FaqIndexView.class);
        assertThat(index.faqs).extracting(f -> f.slug()).contains(faq);
        Anchor link = $(Anchor.class).id("faq-link-" + faq);
        assertThat(link.getHref()).isEqualTo("faq/" + faq);
        assertThat($(H2.class).id("faq-title").getText()).isEqualTo("Domande frequenti");
        assertThat($(com.vaadin.flow.component.html.H3.class).id("faq-topic-privacy").getText()).isEqualTo("Privacy");

        navigate("faq/" + faq, FaqView.class);
        assertThat($(H2.class).id("faq-question").getText()).isEqualTo("Serve un permesso per l'idrovora?");
        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("Domanda frequente — Serve un permesso per l'idrovora? · Percorsi");
        assertThat($(Anchor.class).id("faq-back").getHref()).isEqualTo("faq");

        FaqView page = (FaqView) getCurrentView();
        assertThat($(it.percorsi.base.ui.StaticHtml.Part.class).id("feedback-title").getInnerHtml())
                .isEqualTo("Questa risposta ti è stata utile?");
        test(page.feedbackForm.yes).click();
        assertThat(page.feedbackForm.status.getText()).startsWith("Grazie");
        assertThat(page.feedbackForm.useful.getLabel()).isEqualTo("La risposta ti è stata utile?");
        page.feedbackForm.useful.clear();
        test(page.feedbackForm.submit).click();
        assertThat(page.feedbackForm.useful.isInvalid()).isTrue();
        page.feedbackForm.useful.setValue(true);
        test(page.feedbackForm.submit).click();
        assertThat(page.feedbackForm.status.getText()).startsWith("Grazie");
    }

    @Test
    void an_unknown_faq_is_not_found() {
        UI.getCurrent().navigate("faq/nessuna-faq-cosi");
        assertThat(getCurrentView()).isNotInstanceOf(FaqView.class);
    }

    @Test
    void trainers_see_failed_searches_and_only_admins_the_index() {
        String words = "zqxwv " + ContentTestData.uniqueSlug("kjhgf");
        search("q", words);

        TestUsers.loginAs(context, TestUsers.TRAINER);
        SearchReportView report = navigate(SearchReportView.class);
        assertThat(report.failed.getGenericDataView().getItems())
                .anySatisfy(f -> assertThat(f.query()).isEqualTo(words.toLowerCase()));
        assertThat(report.indexState.isAttached()).isFalse();
        // the fixture files were just checked out: nothing is stale
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("stale-none").getText())
                .isEqualTo("Tutti i contenuti pubblicati sono stati aggiornati negli ultimi 12 mesi.");

        TestUsers.loginAs(context, TestUsers.ADMIN);
        navigate(FaqIndexView.class); // a new page instance, built for the ADMIN
        report = navigate(SearchReportView.class);
        assertThat(report.indexState.getText()).startsWith("L'indice è completo");
        report.startRebuild();
        // the rebuild runs in the background; the poll listener refreshes the state
        for (int i = 0; i < 100 && !report.rebuild.isEnabled(); i++) {
            sleep();
            report.refreshIndex();
        }
        assertThat(report.rebuild.isEnabled()).isTrue();
        assertThat(report.indexState.getText()).startsWith("L'indice è completo");

        TestUsers.loginAs(context, TestUsers.REFERENT);
        UI.getCurrent().navigate("contenuti/indice-ricerca");
        assertThat(getCurrentView()).isNotInstanceOf(SearchReportView.class);
    }

    /** Opens the results page with these query parameters (name, value, name, value...). */
    private SearchView search(String... pairs) {
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put(pairs[i], pairs[i + 1]);
        }
        UI.getCurrent().navigate("cerca", com.vaadin.flow.router.QueryParameters.simple(params));
        assertThat(getCurrentView()).isInstanceOf(SearchView.class);
        return (SearchView) getCurrentView();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
