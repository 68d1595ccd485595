package it.percorsi.content;

import it.percorsi.base.i18n.Localized;

import it.percorsi.content.internal.ContentDocument;
import it.percorsi.content.internal.ContentDocumentRepository;
import it.percorsi.content.internal.ContentRevision;
import it.percorsi.content.internal.FeedbackRepository;
import it.percorsi.content.internal.RenderCache;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading guides, tools and FAQs: the library, the guide and tool pages, and the look-ups the
 * path engine needs. Any logged-in user may read. Rendered HTML is cached per revision.
 */
@Service
public class GuideService {

    private static final Collator ITALIAN = Collator.getInstance(Locale.ITALIAN);
    private static final Comparator<GuideCard> LIBRARY_ORDER = Comparator
            .comparing(GuideCard::group, Comparator.nullsLast(Comparator.<GuideGroup>naturalOrder()))
            .thenComparing(GuideCard::level, Comparator.nullsLast(Comparator.<GuideLevel>naturalOrder())).thenComparing(g -> g.title().it(), ITALIAN);

    private final ContentDocumentRepository documents;
    private final MarkdownRenderer renderer;
    private final RenderCache cache;
    private final FeedbackRepository feedback;

    GuideService(ContentDocumentRepository documents, MarkdownRenderer renderer, RenderCache cache,
                 FeedbackRepository feedback) {
        this.documents = documents;
        this.renderer = renderer;
        this.cache = cache;
        this.feedback = feedback;
    }

    /** The guides matching the filter, by group, then level, then title. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<GuideCard> library(GuideFilter filter) {
        GuideFilter f = filter == null ? GuideFilter.ALL : filter;
        return guides().values().stream().filter(f::matches).sorted(LIBRARY_ORDER).toList();
    }

    /** Every tag used by a guide, alphabetically. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> tags() {
        return guides().values().stream().flatMap(g -> g.tags().stream()).distinct().sorted(ITALIAN).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<GuidePage> guide(String slug) {
        return current(ContentKind.GUIDE, slug).map(revision -> {
            RenderedMarkdown body = render(revision);
            Map<String, GuideCard> guides = guides();
            Map<String, ToolCard> tools = tools();
            Set<String> toolSlugs = new LinkedHashSet<>(revision.getTools());
            toolSlugs.addAll(body.toolLinks());
            return new GuidePage(guides.get(slug), revision.getId(), body.html(), body.toc(),
                    pick(revision.getRelated(), guides), pick(List.copyOf(toolSlugs), tools), faqsFor(slug));
        });
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ToolPage> tool(String slug) {
        return current(ContentKind.TOOL, slug).map(revision -> {
            RenderedMarkdown body = render(revision);
            return new ToolPage(toolCard(revision), revision.getReadingMinutes(), body.html(), body.toc(),
                    pick(revision.getRelated(), guides()));
        });
    }

    /** Every published tool, by title: the index of tools. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ToolCard> toolIndex() {
        return tools().values().stream().sorted(Comparator.comparing(t -> t.title().it(), ITALIAN)).toList();
    }

    /** The current markdown of a tool (for downloads in another format). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ToolSource> toolSource(String slug) {
        return current(ContentKind.TOOL, slug).map(r -> new ToolSource(r.getDocument().getSlug(), r.getTitle(),
                r.getSummary(), r.getToolKind(), r.getBody()));
    }

    /** A guide for another module (e.g. a path step): title, summary, reading time and route. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ContentRef> findGuide(String slug) {
        return current(ContentKind.GUIDE, slug).map(r -> ref(r, ContentRoutes.guide(slug)));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ContentRef> findTool(String slug) {
        return current(ContentKind.TOOL, slug).map(r -> ref(r, ContentRoutes.tool(slug)));
    }

    /**
     * The titles of every published document of a kind, by slug (a FAQ's title is its question): one query,
     * for a page that names many documents at once (the path page's links).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, Localized> publishedTitles(ContentKind kind) {
        Map<String, Localized> titles = new java.util.HashMap<>();
        for (Object[] row : documents.publishedTitles(kind)) {
            titles.put((String) row[0], Localized.of((String) row[1], (String) row[2]));
        }
        return titles;
    }

    /** A published FAQ by slug, as the portal shows it now (trainers' edits included). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<FaqItem> findFaq(String slug) {
        return current(ContentKind.FAQ, slug).map(this::faqItem);
    }

    /** Every published FAQ, by topic (in the topics' order) and question. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<FaqItem> faqIndex() {
        java.util.Map<String, Double> useful = new java.util.HashMap<>();
        for (Object[] row : feedback.usefulness(ContentKind.FAQ)) {
            useful.put((String) row[0], usefulnessScore(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return documents.published(ContentKind.FAQ).stream()
                .map(ContentDocument::getCurrent)
                .map(this::faqItem)
                .sorted(Comparator.comparing((FaqItem f) -> f.topic() == null ? Integer.MAX_VALUE : f.topic().ordinal())
                        .thenComparing(f -> -useful.getOrDefault(f.slug(), 0.0))
                        .thenComparing(f -> f.question().it(), ITALIAN))
                .toList();
    }

    /** Guides, tools and FAQs readers answered about, most surely useful first: for trainers. */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional(readOnly = true)
    public List<Usefulness> usefulnessRanking() {
        return feedback.usefulnessOfAll().stream()
                .filter(r -> !((ContentDocument) r[0]).isArchived())
                .map(r -> {
                    ContentDocument d = (ContentDocument) r[0];
                    long yes = ((Number) r[1]).longValue();
                    long total = ((Number) r[2]).longValue();
                    return new Usefulness(d.getKind(), d.getSlug(), d.getCurrent() == null ? Localized.italian(d.getSlug())
                            : d.getCurrent().localizedTitle(), yes, total, usefulnessScore(yes, total),
                            ContentRoutes.of(d.getKind(), d.getSlug()));
                })
                .sorted(Comparator.comparingDouble(Usefulness::score).reversed().thenComparing(u -> u.title().it(), ITALIAN))
                .toList();
    }

    /**
     * Published guides, tools and FAQs whose text has not changed for {@code months} months or more,
     * oldest first: for trainers, who keep the library current. The last change is the file's time
     * for a revision imported from the content folder, the save time for one made in the portal.
     */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    @Transactional(readOnly = true)
    public List<StaleContent> staleContent(int months, java.time.Instant now) {
        java.time.Instant limit = now.atZone(java.time.ZoneOffset.UTC).minusMonths(Math.max(1, months)).toInstant();
        return java.util.Arrays.stream(ContentKind.values())
                .flatMap(kind -> documents.published(kind).stream())
                .map(d -> {
                    ContentRevision r = d.getCurrent();
                    java.time.Instant changed = r.getSource() == RevisionSource.FILE && r.getFileModifiedAt() != null
                            ? r.getFileModifiedAt() : r.getCreatedAt();
                    return new StaleContent(d.getKind(), d.getSlug(), r.localizedTitle(), changed,
                            ContentRoutes.of(d.getKind(), d.getSlug()));
                })
                .filter(c -> !c.lastChanged().isAfter(limit))
                .sorted(Comparator.comparing(StaleContent::lastChanged).thenComparing(StaleContent::slug))
                .toList();
    }

    /** A published document and when its text last changed. */
    public record StaleContent(ContentKind kind, String slug, Localized title, java.time.Instant lastChanged,
                               String route) {
    }

    /** How readers answered "was this useful?" about one document. */
    public record Usefulness(ContentKind kind, String slug, Localized title, long useful, long answers, double score,
                             String route) {
    }

    /**
     * How surely readers find a document useful: the lower bound of the 95% Wilson interval of the
     * share of "yes" answers, so one "yes" does not outrank forty yes and two no. 0 without answers.
     */
    static double usefulnessScore(long yes, long total) {
        if (total <= 0) {
            return 0;
        }
        double z = 1.96;
        double p = (double) yes / total;
        double z2 = z * z;
        return (p + z2 / (2 * total) - z * Math.sqrt((p * (1 - p) + z2 / (4 * total)) / total)) / (1 + z2 / total);
    }

    /** The FAQs whose 'related' names the guide, by question. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<FaqItem> faqsForGuide(String slug) {
        return faqsFor(slug);
    }

    private List<FaqItem> faqsFor(String slug) {
        return documents.published(ContentKind.FAQ).stream()
                .map(ContentDocument::getCurrent)
                .filter(r -> r.getRelated().contains(slug))
                .map(this::faqItem)
                .sorted(Comparator.comparing(f -> f.question().it(), ITALIAN))
                .toList();
    }

    private FaqItem faqItem(ContentRevision r) {
        return new FaqItem(r.getDocument().getSlug(), r.localizedTitle(), r.getTopic(), r.getTags(), render(r).html());
    }

    private Optional<ContentRevision> current(ContentKind kind, String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        return documents.findByKindAndSlug(kind, slug).filter(ContentDocument::isPublished).map(ContentDocument::getCurrent);
    }

    private RenderedMarkdown render(ContentRevision revision) {
        return cache.get(revision.getId(), () -> renderer.render(revision.getBody(), options(revision)));
    }

    /** Fixed per document, so one cache entry per revision is enough. */
    static RenderOptions options(ContentRevision revision) {
        String slug = revision.getDocument().getSlug();
        return switch (revision.getDocument().getKind()) {
            case GUIDE -> RenderOptions.page(ContentRoutes.guide(slug));
            case TOOL -> RenderOptions.page(ContentRoutes.tool(slug));
            case FAQ -> new RenderOptions(null, "faq-" + slug + "-", 3, false);
        };
    }

    private Map<String, GuideCard> guides() {
        return documents.published(ContentKind.GUIDE).stream()
                .map(d -> guideCard(d.getCurrent()))
                .collect(Collectors.toMap(GuideCard::slug, Function.identity()));
    }

    private Map<String, ToolCard> tools() {
        return documents.published(ContentKind.TOOL).stream()
                .map(d -> toolCard(d.getCurrent()))
                .collect(Collectors.toMap(ToolCard::slug, Function.identity()));
    }

    private static <T> List<T> pick(List<String> slugs, Map<String, T> bySlug) {
        return slugs.stream().map(bySlug::get).filter(Objects::nonNull).toList();
    }

    static GuideCard guideCard(ContentRevision r) {
        return new GuideCard(r.getDocument().getSlug(), r.localizedTitle(), r.localizedSummary(), r.getLevel(), r.getGroup(),
                r.getTags(), r.getReadingMinutes());
    }

    static ToolCard toolCard(ContentRevision r) {
        return new ToolCard(r.getDocument().getSlug(), r.localizedTitle(), r.localizedSummary(), r.getToolKind(), r.getTags());
    }

    private static ContentRef ref(ContentRevision r, String route) {
        return new ContentRef(r.getDocument().getKind(), r.getDocument().getSlug(), r.localizedTitle(),
                r.localizedSummary(), r.getReadingMinutes(), route);
    }
}
