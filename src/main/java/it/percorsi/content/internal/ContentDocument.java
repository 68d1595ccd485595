package it.percorsi.content.internal;

import it.percorsi.content.ContentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * A guide, tool or FAQ, identified by kind and slug; what readers see is its current revision.
 * Indexed for search with its current revision only (drafts and older revisions never reach the
 * index): a new current revision re-indexes the document when its transaction commits. An archived
 * document is taken out of the index ({@link ArchivedNotIndexed}).
 */
@Entity
@Indexed(index = "content", routingBinder = @RoutingBinderRef(type = ContentDocument.ArchivedNotIndexed.class))
@Table(name = "content_document")
public class ContentDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    @KeywordField(projectable = Projectable.YES)
    private ContentKind kind;

    @Column(nullable = false, length = 100)
    @KeywordField(projectable = Projectable.YES)
    private String slug;

    @IndexedEmbedded(includeDepth = 1)
    // revisions are immutable: only pointing to another one changes what is indexed
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_revision_id")
    private ContentRevision current;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Set while the document is archived: hidden from readers, lists, search and paths (DD011). */
    @Column(name = "archived_at")
    private Instant archivedAt;

    @Version
    private long version;

    protected ContentDocument() {
    }

    public ContentDocument(ContentKind kind, String slug, Instant createdAt) {
        this.kind = kind;
        this.slug = slug;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public ContentKind getKind() { return kind; }
    public String getSlug() { return slug; }
    public ContentRevision getCurrent() { return current; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }

    public Instant getArchivedAt() { return archivedAt; }
    public boolean isArchived() { return archivedAt != null; }
    /** Published: it has a current revision and is not archived. */
    public boolean isPublished() { return current != null && archivedAt == null; }

    public void setCurrent(ContentRevision current) { this.current = current; }
    public void setArchivedAt(Instant archivedAt) { this.archivedAt = archivedAt; }

    /**
     * Keeps archived documents out of the search index: archiving (or restoring) a document removes
     * it from (or puts it back into) the index when the transaction commits, and a full rebuild skips it.
     */
    public static class ArchivedNotIndexed implements RoutingBinder {

        @Override
        public void bind(RoutingBindingContext context) {
            context.dependencies().use("archivedAt");
            context.bridge(ContentDocument.class, new Bridge());
        }

        static final class Bridge implements RoutingBridge<ContentDocument> {

            @Override
            public void route(DocumentRoutes routes, Object entityIdentifier, ContentDocument document,
                              RoutingBridgeRouteContext context) {
                if (document.isArchived()) {
                    routes.notIndexed();
                } else {
                    routes.addRoute();
                }
            }

            @Override
            public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, ContentDocument document,
                                       RoutingBridgeRouteContext context) {
                // the one index has no routing keys: wherever it was, it was "the" route
                routes.addRoute();
            }
        }
    }
}
