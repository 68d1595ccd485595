package it.percorsi.assessment.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionnaireVersionRepository extends JpaRepository<QuestionnaireVersion, Long> {

    Optional<QuestionnaireVersion> findByChecksum(String checksum);

    Optional<QuestionnaireVersion> findFirstByOrderByLoadedAtDesc();
}
