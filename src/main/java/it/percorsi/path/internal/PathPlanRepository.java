package it.percorsi.path.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PathPlanRepository extends JpaRepository<PathPlan, Long> {

    Optional<PathPlan> findByAdministrationId(Long administrationId);
}
