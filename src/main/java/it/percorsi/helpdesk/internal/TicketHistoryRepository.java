package it.percorsi.helpdesk.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TicketHistoryRepository extends JpaRepository<TicketHistory, Long> {

    List<TicketHistory> findByTicketIdOrderByAtAscIdAsc(Long ticketId);
}
