package it.percorsi.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.content.internal.ContentImporter;
import it.percorsi.content.internal.RenderCache;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Reading the fixture library (imported at start-up by the test profile) through the public service. */
@PercorsiTest
class GuideServiceTest {

    @Autowired GuideService guides;
    @Autowired ContentRevisionService revisions;
    @Autowired ContentImporter importer;
    @Autowired RenderCache cache;
    @Autowired ApplicationContext context;

    @BeforeEach
    void login() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void the_library_lists_every_guide_by_group_then_level() {
        var all = guides.library(GuideFilter.ALL);
        assertThat(all).hasSize(it.percorsi.content.ContentTestData.libraryGuides());
        assertThat(all).extracting(GuideCard::group).isSorted();
        assertThat(all).allSatisfy(g -> assertThat(g.readingMinutes()).isPositive());
        assertThat(all.getFirst().route()).startsWith("guide/");
    }

    @Test
    void the_library_filters_by_level_group_and_tag() {
        var methods = guides.library(new GuideFilter(null, GuideGroup.METODI, null));
        assertThat(methods).isNotEmpty().allMatch(g -> g.group() == GuideGroup.METODI)
                .extracting(GuideCard::slug).contains("gruppo-di-discussione");
        var advanced = guides.library(new GuideFilter(GuideLevel.AVANZATO, null, null));
        assertThat(advanced).isNotEmpty().allMatch(g -> g.level() == GuideLevel.AVANZATO);
        var tagged = guides.library(new GuideFilter(null, null, "focus group"));
        assertThat(tagged).extracting(GuideCard::slug).contains("gruppo-di-discussione").allSatisfy(s -> assertThat(
                guides.library(GuideFilter.ALL).stream().filter(g -> g.slug().equals(s)).findFirst().orElseThrow()
                        .tags()).contains("focus group"));
        assertThat(guides.library(new GuideFilter(GuideLevel.BASE, GuideGroup.METODI, "focus group")))
                .noneMatch(g -> g.slug().equals("gruppo-di-discussione"));
        assertThat(guides.tags()).contains("focus group", "qualitativo");
    }

    @Test
    void a_guide_page_has_toc_related_guides_tools_and_faqs() {
        GuidePage page = guides.guide("gruppo-di-discussione").orElseThrow();
        assertThat(page.guide().title().it()).isEqualTo("Il gruppo di discussione");
        assertThat(page.guide().title().en()).isEqualTo("The discussion group");
        assertThat(page.toc()).extracting(TocEntry::text).contains("A che cosa serve", "I passi", "Checklist");
        assertThat(page.html()).doesNotContain("<h1", "<h2").contains("<h3 id=\"a-che-cosa-serve\"")
                .contains("href=\"guide/colloqui-individuali\"");
        assertThat(page.related()).extracting(GuideCard::slug).containsExactly("colloqui-individuali", "preparare-l-indagine");
        assertThat(page.tools()).extracting(ToolCard::slug).containsExactly("traccia-gruppo-di-discussione");
        assertThat(page.faqs()).extracting(FaqItem::slug)
                .containsExactlyInAnyOrder("gruppo-o-questionario", "registrare-la-discussione", "consenso-dei-partecipanti");
        assertThat(page.faqs()).allSatisfy(f -> assertThat(f.answerHtml()).isNotBlank());
        assertThat(guides.guide("non-esiste")).isEmpty();
    }

    @Test
    void a_tool_page_lists_the_guides_that_explain_it() {
        ToolPage page = guides.tool("traccia-gruppo-di-discussione").orElseThrow();
        assertThat(page.tool().kind()).isEqualTo(ToolKind.TRACCIA);
        assertThat(page.related()).extracting(GuideCard::slug).contains("gruppo-di-discussione");
        assertThat(page.html()).contains("href=\"guide/gruppo-di-discussione\"");
    }

    @Test
    void the_path_engine_can_look_up_guides_tools_and_faqs_by_slug() {
        ContentRef guide = guides.findGuide("gruppo-di-discussione").orElseThrow();
        assertThat(guide.route()).isEqualTo("guide/gruppo-di-discussione");
        assertThat(guide.summary().it()).isNotBlank();
        assertThat(guide.readingMinutes()).isEqualTo(3); // about 520 words at 200 a minute
        ContentRef tool = guides.findTool("traccia-gruppo-di-discussione").orElseThrow();
        assertThat(tool.route()).isEqualTo("strumenti/traccia-gruppo-di-discussione");
        assertThat(guides.findGuide("traccia-gruppo-di-discussione")).isEmpty();
        assertThat(guides.faqsForGuide("gruppo-di-discussione")).hasSize(3);
    }

    @Test
    void reading_requires_a_logged_in_user() {
        TestUsers.logout();
        assertThatThrownBy(() -> guides.library(GuideFilter.ALL))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> guides.guide("gruppo-di-discussione"))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> guides.findGuide("gruppo-di-discussione"))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void every_role_can_read_guides() {
        for (String user : new String[] {TestUsers.HELPDESK, TestUsers.TRAINER, TestUsers.ADMIN}) {
            TestUsers.loginAs(context, user);
            assertThat(guides.guide("gruppo-di-discussione")).isPresent();
        }
    }

    @Test
    void rendered_html_is_cached_per_revision_and_a_new_revision_is_rendered_anew(@TempDir Path root) {
        String slug = ContentTestData.uniqueSlug("cache");
        ContentFixture.write(root, "guides/" + slug + ".md", ContentTestData.guide(slug, "Cache", "base", "Primo testo."));
        try {
            importer.importFrom(root);
            GuidePage first = guides.guide(slug).orElseThrow();
            int entries = cache.size();
            assertThat(guides.guide(slug).orElseThrow().html()).isSameAs(first.html());
            assertThat(cache.size()).isEqualTo(entries);

            TestUsers.loginAs(context, TestUsers.TRAINER);
            PortalEdits.publish(context, ContentKind.GUIDE, slug,
                    new PortalEdit("Cache", "Riassunto.", "Secondo testo, dal portale.", first.revisionId()));
            GuidePage second = guides.guide(slug).orElseThrow();
            assertThat(second.revisionId()).isNotEqualTo(first.revisionId());
            assertThat(second.html()).contains("Secondo testo").doesNotContain("Primo testo");
        } finally {
            ContentTestData.delete(context, ContentKind.GUIDE, slug);
        }
    }
}
