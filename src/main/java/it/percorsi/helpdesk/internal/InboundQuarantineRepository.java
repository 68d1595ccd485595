package it.percorsi.helpdesk.internal;

import it.percorsi.helpdesk.QuarantineStatus;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InboundQuarantineRepository extends JpaRepository<InboundQuarantine, Long> {

    List<InboundQuarantine> findByStatusOrderByReceivedAtDescIdDesc(QuarantineStatus status, Pageable page);

    long countByStatus(QuarantineStatus status);
}
