package it.percorsi.content;

import it.percorsi.account.CurrentUserProvider;
import it.percorsi.account.Role;
import it.percorsi.base.i18n.Localized;
import it.percorsi.content.internal.ContentDocument;
import it.percorsi.content.internal.SearchIndex;
import it.percorsi.content.internal.SearchMiss;
import it.percorsi.content.internal.SearchMissRepository;
import it.percorsi.content.internal.SelfServiceAnswer;
import it.percorsi.content.internal.SelfServiceAnswerRepository;
import it.percorsi.content.internal.ContentDocumentRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over published guides, tools and FAQs (Hibernate Search, decision record
 * DD010). The text typed is only ever analysed as words, never parsed as query syntax, so any
 * input returns what matches or nothing. Titles weigh most, then summaries and tags, then the
 * body; a word with a small typo still matches, with less weight.
 */
@Service
public class SearchService {

    /** Characters of the typed text that are searched; the rest is ignored. */
    public static final int MAX_QUERY_CHARS = 200;
    /** Words searched at most (each may expand into typo variants). */
    static final int MAX_WORDS = 12;
    /** Shortest text for which suggestions are offered while typing. */
    public static final int MIN_SUGGEST_CHARS = 2;

    private static final String MARK_OPEN = "<mark>";
    private static final String MARK_CLOSE = "</mark>";

    @PersistenceContext
    private EntityManager entityManager;

    private final SearchMissRepository misses;
    private final SelfServiceAnswerRepository selfService;
    private final ContentDocumentRepository documents;
    private final SearchIndex index;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    SearchService(SearchMissRepository misses, SelfServiceAnswerRepository selfService,
                  ContentDocumentRepository documents, SearchIndex index, CurrentUserProvider currentUser, Clock clock) {
        this.currentUser = currentUser;
        this.misses = misses;
        this.selfService = selfService;
        this.documents = documents;
        this.index = index;
        this.clock = clock;
    }

    /**
     * The best {@code limit} published documents for the request. A search that finds nothing is
     * recorded for trainers (words, time and role only).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public SearchResults search(SearchRequest request, int limit) {
        String text = normalise(request.text());
        if (text.isEmpty()) {
            return SearchResults.empty("");
        }
        SearchResults results = run(text, request, Math.max(1, Math.min(limit, 100)));
        if (results.total() == 0) {
            misses.save(new SearchMiss(text, currentRole(), clock.instant()));
        }
        return results;
    }

    /**
     * Published documents whose title starts like the words typed, for the list under the search
     * box (not recorded, nothing stored).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SearchSuggestion> suggest(String typed, int limit) {
        String text = normalise(typed);
        if (text.length() < MIN_SUGGEST_CHARS) {
            return List.of();
        }
        return Search.session(entityManager).search(ContentDocument.class)
                    .where(f -> f.bool()
                            .should(f.match().field("current.titlePrefix").matching(text).boost(3f))
                            .should(f.match().field("current.titleEnPrefix").matching(text))
                            .should(f.match().field("current.title").matching(text).boost(2f))
                            .should(f.match().field("current.tags").matching(text)))
                    .fetchHits(Math.max(1, Math.min(limit, 20)))
                    .stream()
                    .map(d -> new SearchSuggestion(d.getKind(), d.getSlug(), d.getCurrent().localizedTitle(),
                            ContentRoutes.of(d.getKind(), d.getSlug())))
                    .toList();
    }

    /**
     * Documents related to a text someone is writing (a question to the help desk): same ranking as
     * {@link #search}, never recorded, the text never stored.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SearchHit> related(String text, ContentKind kind, int limit) {
        String words = normalise(text);
        if (words.isEmpty()) {
            return List.of();
        }
        return run(words, new SearchRequest(words, kind, null, null), Math.max(1, Math.min(limit, 20))).hits();
    }

    /**
     * A referent opened a suggested document while writing to the help desk and left without
     * sending: one question answered without a ticket. Only published documents count; nothing
     * about the person or the text is stored.
     */
    @PreAuthorize("hasRole('REFERENT')")
    @Transactional
    public boolean recordAnsweredWithoutTicket(ContentKind kind, String slug) {
        if (kind == null || documents.findByKindAndSlug(kind, slug).filter(ContentDocument::isPublished).isEmpty()) {
            return false;
        }
        selfService.save(new SelfServiceAnswer(kind, slug, clock.instant()));
        return true;
    }

    /** Questions answered by a suggested FAQ or guide instead of a ticket in the last {@code days} days. */
    @PreAuthorize("hasAnyRole('HELPDESK','TRAINER','ADMIN')")
    @Transactional(readOnly = true)
    public long answeredWithoutTicket(int days) {
        return selfService.countByCreatedAtGreaterThanEqual(clock.instant().minus(Duration.ofDays(Math.max(1, days))));
    }

    /** Failed searches of the last {@code days} days, grouped by their words, most frequent first. */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional(readOnly = true)
    public List<FailedSearch> failedSearches(int days) {
        Instant since = clock.instant().minus(Duration.ofDays(Math.max(1, days)));
        return misses.grouped(since).stream()
                .map(r -> new FailedSearch((String) r[0], ((Number) r[1]).longValue(), (Instant) r[2]))
                .toList();
    }

    /** Documents the database publishes and documents the index holds: equal when the index is whole. */
    @PreAuthorize("hasRole('ADMIN')")
    public IndexStatus indexStatus() {
        return new IndexStatus(index.publishedCount(), index.indexedCount(), index.running(), index.progressDone(),
                index.progressTotal(), index.lastError());
    }

    /** True for an ADMIN, who may see the index and rebuild it. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayManageIndex() {
        return currentUser.get().map(u -> u.is(Role.ADMIN)).orElse(false);
    }

    /** Rebuilds the whole index in the background; {@link #indexStatus()} shows the progress. */
    @PreAuthorize("hasRole('ADMIN')")
    public CompletableFuture<Void> rebuildIndex() {
        return index.rebuild();
    }

    /** What the index holds and what a rebuild has done so far. */
    public record IndexStatus(long published, long indexed, boolean running, long done, long total, String error) {
    }

    private SearchResults run(String text, SearchRequest request, int limit) {
        var result = Search.session(entityManager).search(ContentDocument.class)
                    .select(f -> f.composite().from(
                            f.field("kind", ContentKind.class),
                            f.field("slug", String.class),
                            f.field("current.title", String.class),
                            f.field("current.titleEn", String.class),
                            f.field("current.summary", String.class),
                            f.field("current.summaryEn", String.class),
                            f.field("current.topicCode", String.class),
                            f.field("current.level", GuideLevel.class),
                            f.highlight("current.title"),
                            f.highlight("current.bodyText")).asList())
                    .where(f -> predicate(f, text, request))
                    .highlighter(h -> h.plain().tag(MARK_OPEN, MARK_CLOSE).encoder(HighlighterEncoder.HTML)
                            .fragmentSize(180).numberOfFragments(1).noMatchSize(0))
                    .fetch(limit);
            List<SearchHit> hits = result.hits().stream().map(SearchService::hit).toList();
        return new SearchResults(text, result.total().hitCountLowerBound(), hits);
    }

    private static BooleanPredicateClausesStep<?, ?> predicate(SearchPredicateFactory f, String text, SearchRequest request) {
        var words = f.bool()
                .should(f.match().field("current.title").matching(text).boost(8f))
                .should(f.match().field("current.titleEn").matching(text).boost(5f))
                .should(f.match().fields("current.summary", "current.tags").matching(text).boost(2f))
                .should(f.match().field("current.summaryEn").matching(text).boost(1.5f))
                .should(f.match().field("current.bodyText").matching(text))
                .should(f.match().fields("current.title", "current.summary", "current.bodyText")
                        .matching(text).fuzzy(1, 1).boost(0.3f));
        var all = f.bool().must(words);
        if (request.kind() != null) {
            all.filter(f.match().field("kind").matching(request.kind()));
        }
        if (request.topic() != null && !request.topic().isBlank()) {
            all.filter(f.match().field("current.topicCode").matching(request.topic()));
        }
        if (request.level() != null) {
            all.filter(f.match().field("current.level").matching(request.level()));
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    private static SearchHit hit(List<?> row) {
        ContentKind kind = (ContentKind) row.get(0);
        String slug = (String) row.get(1);
        Localized title = Localized.of((String) row.get(2), (String) row.get(3));
        Localized summary = Localized.of((String) row.get(4), (String) row.get(5));
        List<String> titleMarks = (List<String>) row.get(8);
        List<String> bodyMarks = (List<String>) row.get(9);
        String titleHtml = titleMarks.isEmpty() ? escape(title.it()) : onlyMarks(titleMarks.getFirst());
        String snippet = bodyMarks.isEmpty() ? "" : onlyMarks(bodyMarks.getFirst());
        return new SearchHit(kind, slug, title, summary, titleHtml, snippet, (String) row.get(6),
                (GuideLevel) row.get(7), ContentRoutes.of(kind, slug));
    }

    /** The highlighter escapes the text itself; this keeps {@code <mark>} and nothing else, whatever happens. */
    private static String onlyMarks(String html) {
        return Jsoup.clean(html, Safelist.none().addTags("mark"));
    }

    private static String escape(String text) {
        return Jsoup.clean(text == null ? "" : text, Safelist.none());
    }

    /**
     * The words to search: control and formatting characters removed, spaces collapsed, at most
     * {@value #MAX_QUERY_CHARS} characters and {@value #MAX_WORDS} words.
     */
    static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String cleaned = typed.codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().strip();
        if (cleaned.length() > MAX_QUERY_CHARS) {
            int end = MAX_QUERY_CHARS;
            if (Character.isHighSurrogate(cleaned.charAt(end - 1))) {
                end--;
            }
            cleaned = cleaned.substring(0, end);
        }
        return Arrays.stream(cleaned.split("\\s+")).filter(w -> !w.isEmpty()).limit(MAX_WORDS)
                .collect(Collectors.joining(" "));
    }

    private String currentRole() {
        return currentUser.get().map(u -> u.role().name()).orElse("UNKNOWN");
    }
}
