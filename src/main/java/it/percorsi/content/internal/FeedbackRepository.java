package it.percorsi.content.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    Optional<Feedback> findByDocumentAndUserId(ContentDocument document, Long userId);

    List<Feedback> findByDocumentOrderByUpdatedAtDescIdDesc(ContentDocument document);

    /** Per document of a kind: slug, "useful" answers, all answers. */
    @org.springframework.data.jpa.repository.Query("select f.document.slug, sum(case when f.useful = true then 1 else 0 end), count(f) "
            + "from Feedback f where f.document.kind = :kind group by f.document.slug")
    List<Object[]> usefulness(it.percorsi.content.ContentKind kind);

    /** Per document with answers: document, "useful" answers, all answers. */
    @org.springframework.data.jpa.repository.Query("select f.document, sum(case when f.useful = true then 1 else 0 end), count(f) "
            + "from Feedback f group by f.document")
    List<Object[]> usefulnessOfAll();
}
