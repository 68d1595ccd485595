package it.percorsi.content.internal;

import it.percorsi.content.RevisionSource;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContentRevisionRepository extends JpaRepository<ContentRevision, Long> {

    Optional<ContentRevision> findFirstByDocumentAndSourceOrderByRevisionNoDesc(ContentDocument document,
                                                                               RevisionSource source);

    Optional<ContentRevision> findFirstByDocumentOrderByRevisionNoDesc(ContentDocument document);

    List<ContentRevision> findByDocumentOrderByRevisionNoDesc(ContentDocument document);
}
