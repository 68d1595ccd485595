package it.percorsi.content.internal;

import it.percorsi.content.ContentKind;
import it.percorsi.content.DraftState;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContentDraftRepository extends JpaRepository<ContentDraft, Long> {

    Optional<ContentDraft> findFirstByKindAndSlugAndStateInOrderByIdDesc(ContentKind kind, String slug,
                                                                         Collection<DraftState> states);

    List<ContentDraft> findByKindAndSlug(ContentKind kind, String slug);

    Optional<ContentDraft> findFirstByKindAndSlugOrderByIdDesc(ContentKind kind, String slug);

    List<ContentDraft> findByStateInOrderByUpdatedAtDescIdDesc(Collection<DraftState> states);
}
