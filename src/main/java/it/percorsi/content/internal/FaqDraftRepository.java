package it.percorsi.content.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FaqDraftRepository extends JpaRepository<FaqDraft, Long> {

    List<FaqDraft> findByStatusOrderByCreatedAtAscIdAsc(FaqDraft.Status status);

    Optional<FaqDraft> findBySourceTicketId(Long ticketId);

    Optional<FaqDraft> findFirstByPublishedSlug(String slug);
}
