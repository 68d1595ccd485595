package it.percorsi.helpdesk.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClosureDayRepository extends JpaRepository<ClosureDay, Long> {

    List<ClosureDay> findAllByOrderByClosedOnAsc();

    boolean existsByClosedOn(LocalDate date);
}
