package it.percorsi.assessment.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    Optional<Assessment> findFirstByAdministrationIdAndStatusOrderByStartedAtDesc(Long administrationId,
                                                                                 Assessment.Status status);

    List<Assessment> findByStatusAndScoringVersionLessThan(Assessment.Status status, int scoringVersion);

    List<Assessment> findByAdministrationIdAndStatusOrderByCompletedAtDescIdDesc(Long administrationId,
                                                                          Assessment.Status status);
}
