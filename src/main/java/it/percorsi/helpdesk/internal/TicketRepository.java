package it.percorsi.helpdesk.internal;

import it.percorsi.helpdesk.TicketStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface TicketRepository extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket> {

    Optional<Ticket> findByNumber(String number);

    Optional<Ticket> findByIdAndAdministrationId(Long id, Long administrationId);

    List<Ticket> findByAdministrationIdOrderByCreatedAtDesc(Long administrationId, Pageable pageable);

    List<Ticket> findByAdministrationIdAndStatusInOrderByCreatedAtDesc(Long administrationId,
            java.util.Collection<it.percorsi.helpdesk.TicketStatus> statuses);

    List<Ticket> findByDueAtBefore(Instant now, Pageable pageable);

    List<Ticket> findByStatusAndResolvedAtBefore(TicketStatus status, Instant before, Pageable pageable);

    List<Ticket> findByStatusIn(Collection<TicketStatus> statuses);

    /** One row per status: total, unassigned, assigned to me, overdue (the queue's filter counts). */
    @Query("""
            select t.status, count(t),
                   sum(case when t.assigneeId is null then 1 else 0 end),
                   sum(case when t.assigneeId = :me then 1 else 0 end),
                   sum(case when t.dueAt < :now then 1 else 0 end)
            from Ticket t group by t.status""")
    List<Object[]> countsByStatus(Long me, Instant now);

    @Query("select distinct t.administrationId, t.administrationName from Ticket t order by t.administrationName")
    List<Object[]> administrations();
}
