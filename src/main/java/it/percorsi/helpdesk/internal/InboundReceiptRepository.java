package it.percorsi.helpdesk.internal;

import it.percorsi.helpdesk.InboundOutcome;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InboundReceiptRepository extends JpaRepository<InboundReceipt, Long> {

    boolean existsByMessageKey(String messageKey);

    Optional<InboundReceipt> findByMessageKey(String messageKey);

    long countByOutcome(InboundOutcome outcome);
}
