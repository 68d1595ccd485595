package it.percorsi.content;

import it.percorsi.content.internal.ContentDocumentRepository;
import it.percorsi.content.internal.ContentRevisionRepository;
import it.percorsi.content.internal.FeedbackRepository;
import it.percorsi.content.internal.RenderCache;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Test documents with unique slugs, and their removal: the test database is shared by all tests. */
public final class ContentTestData {

    /** The shipped content folder (content/ of the repository): only for tests about the shipped library. */
    public static final java.nio.file.Path SHIPPED = ShippedContentTest.CONTENT;

    /**
     * The fixture library the test profile imports (percorsi.content.dir in application-test.properties):
     * service and view tests read their expectations from here, never from the shipped library.
     */
    public static final java.nio.file.Path LIBRARY = java.nio.file.Path.of("src/test/resources/fixture-library");

    private ContentTestData() {
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String guide(String slug, String title, String level, String body) {
        return """
                ---
                slug: %s
                title: %s
                summary: Riassunto di %s.
                level: %s
                group: metodi
                tags: [test-import]
                ---
                # %s

                %s
                """.formatted(slug, title, title, level, title, body);
    }

    /** Deletes a document with its revisions and feedback, if it exists. */
    public static void delete(ApplicationContext context, ContentKind kind, String slug) {
        ContentDocumentRepository documents = context.getBean(ContentDocumentRepository.class);
        ContentRevisionRepository revisions = context.getBean(ContentRevisionRepository.class);
        FeedbackRepository feedback = context.getBean(FeedbackRepository.class);
        it.percorsi.content.internal.ContentDraftRepository drafts =
                context.getBean(it.percorsi.content.internal.ContentDraftRepository.class);
        it.percorsi.content.internal.DraftCommentRepository comments =
                context.getBean(it.percorsi.content.internal.DraftCommentRepository.class);
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(s -> {
            drafts.findByKindAndSlug(kind, slug).forEach(d -> {
                comments.deleteByDraftId(d.getId());
                drafts.delete(d);
            });
            drafts.flush();
        });
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(s ->
                documents.findByKindAndSlug(kind, slug).ifPresent(d -> {
                    feedback.deleteAll(feedback.findByDocumentOrderByUpdatedAtDescIdDesc(d));
                    d.setCurrent(null);
                    documents.flush();
                    revisions.deleteAll(revisions.findByDocumentOrderByRevisionNoDesc(d));
                    documents.delete(d);
                }));
        context.getBean(RenderCache.class).clear();
    }

    /** The guides of the fixture library, which the test context imports. */
    public static int libraryGuides() {
        return guidesIn(LIBRARY);
    }

    /** The guides of the shipped library, which the browser journeys import. */
    public static int shippedGuides() {
        return guidesIn(SHIPPED);
    }

    private static int guidesIn(java.nio.file.Path library) {
        try (var files = java.nio.file.Files.list(library.resolve("guides"))) {
            return (int) files.filter(f -> f.toString().endsWith(".md")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
