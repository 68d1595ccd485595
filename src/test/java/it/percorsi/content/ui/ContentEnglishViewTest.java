package it.percorsi.content.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.content.ContentFixture;
import it.percorsi.content.ContentKind;
import it.percorsi.content.ContentTestData;

import it.percorsi.content.internal.ContentImporter;
import it.percorsi.content.internal.ContentReader;
import it.percorsi.content.internal.DocumentSpec;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Titles and summaries of guides, tools and FAQs follow the interface language, with the values
 * read from the fixture library's files; a file without a translation shows its Italian text marked lang="it".
 */
@PercorsiTest
@ViewPackages(classes = {GuideLibraryView.class, GuideView.class, ToolView.class, ToolIndexView.class})
class ContentEnglishViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired ContentImporter importer;
    String testSlug;

    @AfterEach
    void cleanUp() {
        UI.getCurrent().setLocale(Locale.ITALIAN);
        TestUsers.logout();
        if (testSlug != null) {
            ContentTestData.delete(context, ContentKind.GUIDE, testSlug);
        }
    }

    private static DocumentSpec file(ContentKind kind, String slug) {
        return ContentReader.read(ContentTestData.LIBRARY).documents().stream()
                .filter(d -> d.kind() == kind && d.slug().equals(slug)).findFirst().orElseThrow();
    }

    private RouterLink cardLink(String href) {
        return $(RouterLink.class).all().stream().filter(l -> href.equals(l.getHref())).findFirst()
                .orElseThrow(() -> new AssertionError("no link to " + href));
    }

    @Test
    void the_library_cards_show_the_title_and_summary_of_the_interface_language() {
        DocumentSpec discussionGroup = file(ContentKind.GUIDE, "gruppo-di-discussione");
        TestUsers.loginAs(context, TestUsers.REFERENT);

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(GuideLibraryView.class);
        RouterLink english = cardLink("guide/gruppo-di-discussione");
        assertThat(english.getText()).isEqualTo(discussionGroup.titleEn());
        assertThat(english.getElement().hasAttribute("lang")).isFalse();
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains(discussionGroup.summaryEn())
                .doesNotContain(discussionGroup.summary());

        UI.getCurrent().setLocale(Locale.ITALIAN);
        navigate(GuideLibraryView.class);
        assertThat(cardLink("guide/gruppo-di-discussione").getText()).isEqualTo(discussionGroup.title());
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains(discussionGroup.summary());
    }

    @Test
    void the_guide_page_shows_its_english_title_and_summary_and_faq_questions_in_english_mode() {
        DocumentSpec discussionGroup = file(ContentKind.GUIDE, "gruppo-di-discussione");
        TestUsers.loginAs(context, TestUsers.REFERENT);

        UI.getCurrent().setLocale(Locale.ENGLISH);
        GuideView view = navigate("guide/gruppo-di-discussione", GuideView.class);
        assertThat(guideHead().selectFirst("#guide-title").text()).isEqualTo(discussionGroup.titleEn());
        assertThat(guideHead().selectFirst("p.content-summary").text()).isEqualTo(discussionGroup.summaryEn());
        // the breadcrumb's last item is the same title
        assertThat($(it.percorsi.base.ui.StaticHtml.Part.class).from(view).all().stream()
                .filter(h -> h.getElement().getClassList().contains("breadcrumbs")).findFirst().orElseThrow().getInnerHtml())
                .contains("<span aria-current=\"page\">" + org.jsoup.nodes.Entities.escape(discussionGroup.titleEn()) + "</span>");
        org.jsoup.nodes.Element faq = faqs().selectFirst("vaadin-details[id^=faq-]");
        DocumentSpec faqFile = file(ContentKind.FAQ, faq.id().substring("faq-".length()));
        assertThat(faq.selectFirst("vaadin-details-summary").text()).isEqualTo(faqFile.titleEn());

        UI.getCurrent().setLocale(Locale.ITALIAN);
        navigate(GuideLibraryView.class); // the language switch reloads the page: a new view
        navigate("guide/gruppo-di-discussione", GuideView.class);
        assertThat(guideHead().selectFirst("#guide-title").text()).isEqualTo(discussionGroup.title());
        org.jsoup.nodes.Element italianFaq = faqs().getElementById(faq.id());
        assertThat(italianFaq.selectFirst("vaadin-details-summary").text()).isEqualTo(faqFile.title());
    }

    /** The guide's title, level and summary: one read-only part (issue 14). */
    private org.jsoup.nodes.Element guideHead() {
        return org.jsoup.Jsoup.parseBodyFragment($(it.percorsi.base.ui.StaticHtml.Part.class).all().stream()
                .filter(h -> h.getElement().getClassList().contains("content-head")).findFirst().orElseThrow().getInnerHtml()).body();
    }

    /** The guide's FAQs: collapsible answers written as one piece of markup (issue 14). */
    private org.jsoup.nodes.Document faqs() {
        return org.jsoup.Jsoup.parseBodyFragment($(it.percorsi.base.ui.StaticHtml.Part.class).all().stream()
                .filter(h -> h.getId().orElse("").equals("guide-faqs")).findFirst().orElseThrow().getInnerHtml());
    }

    @Test
    void tool_pages_and_the_tool_index_show_english_titles_in_english_mode() {
        DocumentSpec tool = file(ContentKind.TOOL, "traccia-gruppo-di-discussione");
        TestUsers.loginAs(context, TestUsers.REFERENT);

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("strumenti/traccia-gruppo-di-discussione", ToolView.class);
        assertThat($(H2.class).id("tool-title").getText()).isEqualTo(tool.titleEn());
        navigate(ToolIndexView.class);
        assertThat(cardLink("strumenti/traccia-gruppo-di-discussione").getText()).isEqualTo(tool.titleEn());

        UI.getCurrent().setLocale(Locale.ITALIAN);
        navigate("strumenti/traccia-gruppo-di-discussione", ToolView.class);
        assertThat($(H2.class).id("tool-title").getText()).isEqualTo(tool.title());
        navigate(ToolIndexView.class);
        assertThat(cardLink("strumenti/traccia-gruppo-di-discussione").getText()).isEqualTo(tool.title());
    }

    @Test
    void a_guide_without_translation_shows_its_italian_title_marked_lang_it(@TempDir Path root) {
        testSlug = ContentTestData.uniqueSlug("noen");
        ContentFixture.write(root, "guides/" + testSlug + ".md",
                ContentTestData.guide(testSlug, "Guida solo italiana", "base", "## Sezione\n\nTesto."));
        assertThat(importer.importFrom(root).warnings()).extracting(w -> w.file())
                .contains("guides/" + testSlug + ".md");
        TestUsers.loginAs(context, TestUsers.REFERENT);

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(GuideLibraryView.class);
        RouterLink card = cardLink("guide/" + testSlug);
        assertThat(card.getText()).isEqualTo("Guida solo italiana");
        assertThat(card.getElement().getAttribute("lang")).isEqualTo("it");
        navigate("guide/" + testSlug, GuideView.class);
        org.jsoup.nodes.Element title = guideHead().selectFirst("#guide-title");
        assertThat(title.text()).isEqualTo("Guida solo italiana");
        assertThat(title.attr("lang")).isEqualTo("it");

        UI.getCurrent().setLocale(Locale.ITALIAN);
        navigate(GuideLibraryView.class);
        navigate("guide/" + testSlug, GuideView.class);
        assertThat(guideHead().selectFirst("#guide-title").hasAttr("lang")).isFalse();
    }
}
