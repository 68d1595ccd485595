package it.percorsi.content.internal;

import it.percorsi.content.ContentKind;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContentDocumentRepository extends JpaRepository<ContentDocument, Long> {

    @EntityGraph(attributePaths = "current")
    Optional<ContentDocument> findByKindAndSlug(ContentKind kind, String slug);

    @EntityGraph(attributePaths = "current")
    List<ContentDocument> findByKindAndCurrentIsNotNull(ContentKind kind);

    /** What readers see of a kind: documents with a current revision that are not archived. */
    @EntityGraph(attributePaths = "current")
    List<ContentDocument> findByKindAndCurrentIsNotNullAndArchivedAtIsNull(ContentKind kind);

    default List<ContentDocument> published(ContentKind kind) {
        return findByKindAndCurrentIsNotNullAndArchivedAtIsNull(kind);
    }

    List<ContentDocument> findByArchivedAtIsNotNull();

    /** Slug, title and English title of every published document of a kind: one query, no texts loaded. */
    @org.springframework.data.jpa.repository.Query("select d.slug, r.title, r.titleEn from ContentDocument d join d.current r"
            + " where d.kind = :kind and d.archivedAt is null")
    List<Object[]> publishedTitles(@org.springframework.data.repository.query.Param("kind") ContentKind kind);
}
