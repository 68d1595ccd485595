package it.percorsi.content.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Section;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.content.ContentFixture;
import it.percorsi.content.ContentKind;
import it.percorsi.content.ContentTestData;
import it.percorsi.content.GuideFeedbackService;
import it.percorsi.content.internal.ContentImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@PercorsiTest
@ViewPackages(classes = GuideView.class)
class GuideViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired ContentImporter importer;
    @Autowired GuideFeedbackService feedback;
    String testSlug;

    @AfterEach
    void cleanUp() {
        TestUsers.logout();
        if (testSlug != null) {
            ContentTestData.delete(context, ContentKind.GUIDE, testSlug);
        }
    }

    private String importTestGuide(Path root) {
        testSlug = ContentTestData.uniqueSlug("view");
        ContentFixture.write(root, "guides/" + testSlug + ".md",
                ContentTestData.guide(testSlug, "Guida di prova", "base", "## Sezione\n\nTesto."));
        importer.importFrom(root);
        return testSlug;
    }

    @Test
    void on_the_english_interface_the_italian_text_is_marked_lang_it_and_announced() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        GuideView view = navigate("guide/gruppo-di-discussione", GuideView.class);
        // the title has its English version; the body stays Italian, marked and introduced
        assertThat(head(view).selectFirst("h2#guide-title").hasAttr("lang")).isFalse();
        assertThat($(ContentBody.class).from(view).first().getElement().getAttribute("lang")).isEqualTo("it");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("italian-only").getText()).startsWith("Available in Italian");
        // a FAQ's question is English, its answer Italian: marked lang="it" and introduced the same way
        org.jsoup.nodes.Element faq = org.jsoup.Jsoup.parseBodyFragment(
                sectionHtml(view, "guide-faqs")).selectFirst("vaadin-details");
        assertThat(faq.selectFirst("vaadin-details-summary[slot=summary]").text()).isNotBlank();
        assertThat(faq.selectFirst("div.content-body").attr("lang")).isEqualTo("it");
        assertThat(faq.selectFirst("p.faq-italian-only").text()).startsWith("Available in Italian");

        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ITALIAN);
        view = navigate("guide/colloqui-individuali", GuideView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withId("italian-only").all()).isEmpty();
        assertThat(head(view).selectFirst("h2#guide-title").hasAttr("lang")).isFalse();
    }

    @Test
    void a_guide_opened_from_a_path_step_offers_the_way_back_and_only_to_a_step() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        com.vaadin.flow.component.UI.getCurrent().navigate("guide/gruppo-di-discussione",
                com.vaadin.flow.router.QueryParameters.of(GuideView.FROM, "percorso/42"));
        assertThat($(Anchor.class).id("back-to-step").getHref()).isEqualTo("percorso/42");
        com.vaadin.flow.component.UI.getCurrent().navigate("guide/colloqui-individuali",
                com.vaadin.flow.router.QueryParameters.of(GuideView.FROM, "https://evil.example/x"));
        assertThat($(Anchor.class).withId("back-to-step").all()).isEmpty();
    }

    @Test
    void a_guide_shows_breadcrumbs_title_toc_text_tools_related_guides_and_faqs() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        GuideView view = navigate("guide/gruppo-di-discussione", GuideView.class);
        // title, level, reading time and summary: one read-only part (issue 14)
        org.jsoup.nodes.Element head = head(view);
        assertThat(head.selectFirst("h2#guide-title").text()).isEqualTo("Il gruppo di discussione");
        assertThat(head.selectFirst(".content-meta .badge.level-intermedio").text()).isEqualTo("Livello: Intermedio");
        assertThat(head.selectFirst(".content-meta span:not(.badge)").text()).endsWith("minuti di lettura");
        assertThat(head.selectFirst("p.content-summary").text()).isNotBlank();

        // read-only parts are one component each (issue 14), with the same markup as before
        it.percorsi.base.ui.StaticHtml.Part breadcrumbs = readOnly(view, "breadcrumbs");
        assertThat(breadcrumbs.getElement().getTag()).isEqualTo("nav");
        assertThat(breadcrumbs.getElement().getAttribute("aria-label")).isEqualTo("Percorso di navigazione");
        assertThat(breadcrumbs.getInnerHtml()).contains("Metodi").contains("href=\"guide?tema=metodi\" router-link")
                .contains("aria-current=\"page\"");

        it.percorsi.base.ui.StaticHtml.Part toc = readOnly(view, "content-aside");
        assertThat(toc.getElement().getTag()).isEqualTo("aside");
        assertThat(toc.getInnerHtml()).startsWith("<nav class=\"content-toc\" aria-labelledby=\"toc-title\"><h3 id=\"toc-title\">")
                .contains("<a href=\"guide/gruppo-di-discussione#a-che-cosa-serve\" router-ignore=\"\">",
                        "<a href=\"guide/gruppo-di-discussione#i-passi\" router-ignore=\"\">");

        // the text is the article itself, one element (issue 14)
        ContentBody body = $(ContentBody.class).from(view).first();
        assertThat(body.getElement().getTag()).isEqualTo("article");
        assertThat(body.getElement().getClassList()).contains("content-body", "content-article");
        assertThat(body.getElement().getAttribute("aria-labelledby")).isEqualTo("guide-title");
        assertThat(body.getInnerHtml()).contains("<h3 id=\"i-passi\"").doesNotContain("<h1", "<h2");

        assertThat(sectionHtml(view, "guide-tools"))
                .contains("<a href=\"strumenti/traccia-gruppo-di-discussione\" router-link=\"\">");
        assertThat(sectionHtml(view, "guide-related"))
                .contains("<a href=\"guide/colloqui-individuali\" router-link=\"\" class=\"guide-card-link\">");
        // the FAQs: collapsible answers written as one piece of markup (issue 14)
        org.jsoup.nodes.Document faqs = org.jsoup.Jsoup.parseBodyFragment(
                sectionHtml(view, "guide-faqs"));
        assertThat(faqs.select("vaadin-details")).hasSize(3);
        assertThat(faqs.select("vaadin-details > vaadin-details-summary[slot=summary]")).hasSize(3);
        assertThat(faqs.select("vaadin-details div.content-body").first().html()).isNotBlank();
        assertThat(faqs.select("p.faq-italian-only")).isEmpty();
        assertThat(view.feedbackForm).isNotNull();
        // issue 14: only the question and two buttons until the reader answers
        assertThat(view.feedbackForm.useful).isNull();
        assertThat($(com.vaadin.flow.component.textfield.TextArea.class).from(view).all()).isEmpty();
        assertThat(view.feedbackForm.yes.getText()).isEqualTo("Sì");
        assertThat(view.getChildren().filter(c -> c.getId().orElse("").equals("guide-feedback-report"))).isEmpty();
    }

    @Test
    void headings_of_the_page_are_in_order() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        GuideView view = navigate("guide/gruppo-di-discussione", GuideView.class);
        String html = view.getElement().getOuterHTML();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<h([1-6])").matcher(html);
        int previous = 2 - 1;
        while (m.find()) {
            int level = Integer.parseInt(m.group(1));
            assertThat(level).as("heading after h" + previous).isLessThanOrEqualTo(previous + 1);
            previous = level;
        }
        assertThat(html).doesNotContain("<h1");
    }

    @Test
    void an_unknown_guide_shows_a_clear_message() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        GuideView view = navigate("guide/non-esiste", GuideView.class);
        assertThat($(H2.class).from(view).first().getText()).isEqualTo("Guida non trovata");
        assertThat(view.shownSlug).isNull();
    }

    @Test
    void a_reader_marks_a_guide_useful_and_sees_the_answer_again(@TempDir Path root) {
        String slug = importTestGuide(root);
        TestUsers.loginAs(context, TestUsers.REFERENT);
        GuideView view = navigate("guide/" + slug, GuideView.class);
        FeedbackForm form = view.feedbackForm;
        assertThat(form.useful).as("no form before an answer").isNull();

        // one click records the answer and opens the form for an optional comment
        test(form.yes).click();
        assertThat(feedback.mine(slug)).hasValueSatisfying(f -> {
            assertThat(f.useful()).isTrue();
            assertThat(f.comment()).isNullOrEmpty();
        });
        assertThat(form.yes).isNull();
        assertThat(form.useful.getValue()).isTrue();
        assertThat(form.status.getText()).startsWith("Grazie, risposta registrata");

        test(form.comment).setValue("Chiara e breve");
        test(form.submit).click();
        assertThat(form.useful.isInvalid()).isFalse();
        assertThat(form.status.getText()).startsWith("Grazie!");
        assertThat(feedback.mine(slug)).hasValueSatisfying(f -> assertThat(f.comment()).isEqualTo("Chiara e breve"));

        // an answer can still not be sent empty
        form.useful.clear();
        test(form.submit).click();
        assertThat(form.useful.isInvalid()).isTrue();
        assertThat(form.useful.getErrorMessage()).isEqualTo("Scegli Sì o No");
        assertThat(feedback.mine(slug)).hasValueSatisfying(f -> assertThat(f.useful()).isTrue());

        navigate("guide/gruppo-di-discussione", GuideView.class);
        GuideView again = navigate("guide/" + slug, GuideView.class);
        assertThat(again.feedbackForm.yes).as("answered before: no quick answers").isNull();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("feedback-previous").getText()).isEqualTo("La tua risposta: Sì");
        test(again.feedbackForm.change).click();
        assertThat(again.feedbackForm.useful.getValue()).isTrue();
        assertThat(again.feedbackForm.comment.getValue()).isEqualTo("Chiara e breve");
        assertThat(again.feedbackForm.comment.getMaxLength()).isEqualTo(1000);
        again.feedbackForm.useful.setValue(false);
        test(again.feedbackForm.submit).click();
        assertThat(feedback.mine(slug)).hasValueSatisfying(f -> {
            assertThat(f.useful()).isFalse();
            assertThat(f.comment()).isEqualTo("Chiara e breve");
        });
    }

    @Test
    void a_quick_no_keeps_a_comment_written_in_another_tab(@TempDir Path root) {
        String slug = importTestGuide(root);
        TestUsers.loginAs(context, TestUsers.REFERENT);
        GuideView view = navigate("guide/" + slug, GuideView.class);
        feedback.answer(slug, true, "Scritto in un'altra scheda");
        test(view.feedbackForm.no).click();
        assertThat(feedback.mine(slug)).hasValueSatisfying(f -> {
            assertThat(f.useful()).isFalse();
            assertThat(f.comment()).isEqualTo("Scritto in un'altra scheda");
        });
        assertThat(view.feedbackForm.comment.getValue()).isEqualTo("Scritto in un'altra scheda");
    }

    @Test
    void trainers_see_the_readers_answers(@TempDir Path root) {
        String slug = importTestGuide(root);
        TestUsers.loginAs(context, TestUsers.REFERENT);
        feedback.answer(slug, false, "Manca un esempio");
        TestUsers.loginAs(context, TestUsers.TRAINER);
        GuideView view = navigate("guide/" + slug, GuideView.class);
        String report = section(view, "guide-feedback-report").getElement().getOuterHTML();
        assertThat(report).contains("0 utili, 1 non utile").contains("Manca un esempio");
    }

    /** The markup of a read-only section after the text (one component, issue 14). */
    private String sectionHtml(GuideView view, String id) {
        return $(it.percorsi.base.ui.StaticHtml.Part.class).from(view).all().stream().filter(h -> h.getId().orElse("").equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no section " + id)).getInnerHtml();
    }

    private Section section(GuideView view, String id) {
        return $(Section.class).from(view).all().stream().filter(s -> s.getId().orElse("").equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no section " + id));
    }

    /** The guide's title, level, reading time and summary, parsed from its read-only part. */
    private org.jsoup.nodes.Element head(GuideView view) {
        return org.jsoup.Jsoup.parseBodyFragment(readOnly(view, "content-head").getInnerHtml()).body();
    }

    private it.percorsi.base.ui.StaticHtml.Part readOnly(GuideView view, String className) {
        return $(it.percorsi.base.ui.StaticHtml.Part.class).from(view).all().stream().filter(h -> h.getElement().getClassList().contains(className))
                .findFirst().orElseThrow();
    }
}
