package it.percorsi.content.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    Optional<Feedback> findByDocumentAndUserId(ContentDocument document, Long userId);

    List<Feedback> findByDocumentOrderByUpdatedAtDescIdDesc(ContentDocument document);
}
