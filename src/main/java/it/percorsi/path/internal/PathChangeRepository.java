package it.percorsi.path.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PathChangeRepository extends JpaRepository<PathChange, Long> {

    List<PathChange> findByPlanIdOrderByChangedAtDescIdDesc(Long planId, Pageable page);

    Slice<PathChange> findSliceByPlanIdOrderByChangedAtDescIdDesc(Long planId, Pageable page);
}
