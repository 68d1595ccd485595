package it.percorsi.content.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DraftCommentRepository extends JpaRepository<DraftComment, Long> {

    void deleteByDraftId(Long draftId);

    List<DraftComment> findByDraftIdOrderByCreatedAtAscIdAsc(Long draftId);
}
