package it.percorsi.path.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PathStepRepository extends JpaRepository<PathStep, Long> {

    List<PathStep> findByPlanIdOrderByPosition(Long planId);
}
