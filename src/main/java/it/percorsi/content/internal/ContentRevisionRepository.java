package it.percorsi.content.internal;

import it.percorsi.content.RevisionSource;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContentRevisionRepository extends JpaRepository<ContentRevision, Long> {

    Optional<ContentRevision> findFirstByDocumentAndSourceOrderByRevisionNoDesc(ContentDocument document,
                                                                               RevisionSource source);

    Optional<ContentRevision> findFirstByDocumentOrderByRevisionNoDesc(ContentDocument document);

    List<ContentRevision> findByDocumentOrderByRevisionNoDesc(ContentDocument document);

    Optional<ContentRevision> findByDocumentAndRevisionNo(ContentDocument document, int revisionNo);

    /** Kind, slug, number and checksum of every revision from a source: lets the import skip unchanged files cheaply. */
    @Query("select new it.percorsi.content.internal.ContentRevisionRepository$Fingerprint(d.kind, d.slug, r.revisionNo, r.checksum)"
            + " from ContentRevision r join r.document d where r.source = :source")
    List<Fingerprint> fingerprints(RevisionSource source);

    record Fingerprint(it.percorsi.content.ContentKind kind, String slug, int revisionNo, String checksum) {
    }
}
