package it.percorsi.helpdesk.internal;

import it.percorsi.helpdesk.CallStatus;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CallSlotRepository extends JpaRepository<CallSlot, Long> {

    List<CallSlot> findByStatusAndStartsAtAfterOrderByStartsAtAsc(CallStatus status, Instant after, Pageable pageable);

    List<CallSlot> findByBookedByIdOrderByStartsAtDesc(Long userId, Pageable pageable);

    List<CallSlot> findByTicketIdOrderByStartsAtAsc(Long ticketId);

    List<CallSlot> findByStartsAtAfterOrderByStartsAtAsc(Instant after, Pageable pageable);

    /** Slots of the same operator that overlap [start, end). */
    @Query("select count(s) from CallSlot s where s.staffId = :staffId and s.startsAt < :end and s.endsAt > :start")
    long countOverlapping(Long staffId, Instant start, Instant end);
}
