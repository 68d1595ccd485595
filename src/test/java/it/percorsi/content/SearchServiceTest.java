package it.percorsi.content;

import static it.percorsi.content.ContentFixture.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.percorsi.MutableClock;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.content.internal.ContentImporter;
import it.percorsi.content.internal.SearchIndex;
import it.percorsi.content.internal.SearchMissRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Search over published content, on documents this test imports (unique slugs, words no shipped
 * text uses), so it holds whatever the library says.
 */
@PercorsiTest
class SearchServiceTest {

    @Autowired SearchService search;
    @Autowired ContentImporter importer;
    @Autowired ContentRevisionService revisions;
    @Autowired SearchMissRepository misses;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;

    @TempDir Path root;
    final List<String[]> created = new ArrayList<>();
    String titled;
    String mentioned;
    String faq;

    @BeforeEach
    void importDocuments() {
        titled = ContentTestData.uniqueSlug("cerca-a");
        mentioned = ContentTestData.uniqueSlug("cerca-b");
        faq = ContentTestData.uniqueSlug("cerca-f");
        write(root, "guides/" + titled + ".md", ContentTestData.guide(titled,
                "Ascoltare gli utenti dell'idrovora comunale", "base",
                "Come chiedere ai cittadini che cosa pensano del servizio di pompaggio."));
        write(root, "guides/" + mentioned + ".md", ContentTestData.guide(mentioned,
                "Manutenzione dei canali", "avanzato",
                "Una volta l'anno si verifica l'idrovora, poi l'idrovora di riserva e infine ogni altra idrovora del consorzio."));
        write(root, "faq/" + faq + ".md", """
                ---
                slug: %s
                question: Quante lavanderie civiche servono per un'indagine?
                question_en: How many civic laundries does a survey need?
                topic: metodo
                tags: [lavanderia]
                ---
                Dipende da quante persone usano ogni lavanderia civica.
                """.formatted(faq));
        ImportReport report = importer.importFrom(root);
        assertThat(report.problems()).isEmpty();
        created.add(new String[] {"GUIDE", titled});
        created.add(new String[] {"GUIDE", mentioned});
        created.add(new String[] {"FAQ", faq});
        TestUsers.loginAs(context, TestUsers.REFERENT);
    }

    @AfterEach
    void cleanUp() {
        TestUsers.logout();
        clock.reset();
        created.forEach(c -> ContentTestData.delete(context, ContentKind.valueOf(c[0]), c[1]));
    }

    private List<String> slugs(String text) {
        return search.search(SearchRequest.of(text), 20).hits().stream().map(SearchHit::slug).toList();
    }

    @Test
    void a_title_match_ranks_before_a_body_that_repeats_the_word() {
        List<String> found = slugs("idrovora");
        assertThat(found).containsSubsequence(titled, mentioned);
    }

    @Test
    void articles_are_elided_and_plurals_find_singulars() {
        assertThat(slugs("idrovora")).contains(titled); // written "dell'idrovora"
        assertThat(slugs("l'idrovora")).contains(titled, mentioned);
        assertThat(slugs("lavanderia")).contains(faq); // written "lavanderie" in the question
        assertThat(slugs("le lavanderie civiche")).contains(faq);
        assertThat(slugs("utente")).contains(titled); // "utenti"
    }

    @Test
    void indexing_and_searching_start_no_timer_thread() {
        // issue 14: with a commit interval, Hibernate Search starts a timer that wakes up every 5 ms for the life
        // of the JVM; the index is written (setUp's import) and searched here, and no such thread may run
        assertThat(slugs("idrovora")).contains(titled);
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.contains("Hibernate Search") && name.contains("Timing"));
    }

    @Test
    void a_small_typo_still_finds_the_document() {
        assertThat(slugs("idrovra")).contains(titled);
        assertThat(slugs("lavandreia")).contains(faq);
    }

    @Test
    void hits_carry_highlighted_snippets_with_only_mark_tags_and_their_route() {
        SearchHit hit = search.search(SearchRequest.of("pompaggio"), 20).hits().stream()
                .filter(h -> h.slug().equals(titled)).findFirst().orElseThrow();
        assertThat(hit.snippetHtml()).contains("<mark>pompaggio</mark>");
        assertThat(hit.kind()).isEqualTo(ContentKind.GUIDE);
        assertThat(hit.route()).isEqualTo(ContentRoutes.guide(titled));
        assertThat(hit.title().it()).isEqualTo("Ascoltare gli utenti dell'idrovora comunale");
        SearchHit faqHit = search.search(SearchRequest.of("lavanderie"), 20).hits().stream()
                .filter(h -> h.slug().equals(faq)).findFirst().orElseThrow();
        assertThat(faqHit.route()).isEqualTo(ContentRoutes.faq(faq));
        assertThat(faqHit.titleHtml()).contains("<mark>lavanderie</mark>");
        assertThat(faqHit.title().en()).isEqualTo("How many civic laundries does a survey need?");
    }

    @Test
    void filters_by_kind_topic_and_level() {
        assertThat(search.search(new SearchRequest("idrovora", ContentKind.FAQ, null, null), 20).hits()).isEmpty();
        assertThat(search.search(new SearchRequest("idrovora", ContentKind.GUIDE, null, GuideLevel.AVANZATO), 20)
                .hits()).extracting(SearchHit::slug).containsExactly(mentioned);
        assertThat(search.search(new SearchRequest("lavanderie", null, "metodo", null), 20).hits())
                .extracting(SearchHit::slug).contains(faq);
        assertThat(search.search(new SearchRequest("lavanderie", null, "privacy", null), 20).hits()).isEmpty();
    }

    @Test
    void english_titles_are_searched_too() {
        assertThat(slugs("laundries")).contains(faq);
    }

    @Test
    void a_new_revision_replaces_the_old_text_in_the_index() {
        assertThat(slugs("pompaggio")).contains(titled);
        TestUsers.loginAs(context, TestUsers.TRAINER);
        PortalEdits.publish(context, ContentKind.GUIDE, titled, new PortalEdit("Ascoltare gli utenti del depuratore",
                "Riassunto.", "Come chiedere ai cittadini del servizio di depurazione.", null));
        TestUsers.loginAs(context, TestUsers.REFERENT);
        assertThat(slugs("depuratore")).contains(titled);
        assertThat(slugs("pompaggio")).doesNotContain(titled);
    }

    @Test
    void hostile_input_returns_results_or_nothing_never_an_error() {
        for (String text : List.of("\"((", "*:*", "AND", "OR NOT", "title:idrovora", "idrovora~2", "[a TO z]", "\\",
                "a".repeat(10_000), "idrovora ".repeat(2_000), "🙂🙂 idrovora", "مرحبا بالعالم", "\u202Eidrovora",
                "\u0000\u0007", "   ")) {
            SearchResults results = search.search(SearchRequest.of(text), 20);
            assertThat(results.hits()).as(text.length() > 40 ? text.substring(0, 40) : text).isNotNull();
        }
        assertThat(slugs("🙂🙂 idrovora")).contains(titled);
        assertThat(slugs("idrovora ".repeat(2_000))).contains(titled);
        assertThat(search.search(SearchRequest.of("a".repeat(10_000)), 20).text()).hasSize(SearchService.MAX_QUERY_CHARS);
    }

    @Test
    void a_search_with_no_result_is_recorded_with_role_but_not_who() {
        String words = "zqxwv " + ContentTestData.uniqueSlug("kjhgf");
        long before = misses.count();
        assertThat(search.search(SearchRequest.of(words), 20).total()).isZero();
        assertThat(search.search(SearchRequest.of(words.toUpperCase()), 20).total()).isZero();
        assertThat(misses.count()).isEqualTo(before + 2);
        assertThat(misses.findAll()).filteredOn(m -> m.getQuery().equalsIgnoreCase(words))
                .allSatisfy(m -> assertThat(m.getRole()).isEqualTo("REFERENT"));
        search.search(SearchRequest.of("idrovora"), 20);
        assertThat(misses.count()).isEqualTo(before + 2);
        search.suggest(words, 5);
        search.related(words, null, 5);
        assertThat(misses.count()).isEqualTo(before + 2);

        assertThatThrownBy(() -> search.failedSearches(30)).isInstanceOf(AuthorizationDeniedException.class);
        TestUsers.loginAs(context, TestUsers.TRAINER);
        assertThat(search.failedSearches(30)).filteredOn(f -> f.query().equals(words.toLowerCase()))
                .singleElement().satisfies(f -> assertThat(f.count()).isEqualTo(2));
    }

    @Test
    void suggestions_match_the_beginning_of_title_words() {
        assertThat(search.suggest("idrov", 10)).extracting(SearchSuggestion::slug).contains(titled);
        assertThat(search.suggest("lavand", 10)).extracting(SearchSuggestion::slug).contains(faq);
        assertThat(search.suggest("i", 10)).isEmpty();
    }

    @Test
    void only_an_admin_sees_and_rebuilds_the_index() {
        assertThatThrownBy(() -> search.indexStatus()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> search.rebuildIndex()).isInstanceOf(AuthorizationDeniedException.class);
        TestUsers.loginAs(context, TestUsers.ADMIN);
        search.rebuildIndex().join();
        SearchService.IndexStatus status = search.indexStatus();
        assertThat(status.indexed()).isEqualTo(status.published()).isPositive();
        assertThat(status.done()).isEqualTo(status.published());
        assertThat(status.running()).isFalse();
        TestUsers.loginAs(context, TestUsers.REFERENT);
        assertThat(slugs("idrovora")).contains(titled, mentioned);
    }

    @Test
    void at_start_up_an_index_that_does_not_hold_the_published_documents_is_rebuilt() {
        org.hibernate.search.mapper.orm.Search.mapping(context.getBean(jakarta.persistence.EntityManagerFactory.class))
                .scope(it.percorsi.content.internal.ContentDocument.class).workspace().purge();
        SearchIndex index = context.getBean(SearchIndex.class);
        assertThat(index.indexedCount()).isZero();
        assertThat(slugs("idrovora")).isEmpty();
        index.run(null); // what the application runs after the content import
        assertThat(index.indexedCount()).isEqualTo(index.publishedCount()).isPositive();
        assertThat(slugs("idrovora")).contains(titled, mentioned);
    }

    @Test
    void searching_needs_a_login() {
        TestUsers.logout();
        TestUsers.anonymousOutsideVaadin();
        assertThatThrownBy(() -> search.search(SearchRequest.of("idrovora"), 5))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
