package it.percorsi.helpdesk;

import it.percorsi.account.CurrentUserProvider;
import it.percorsi.base.FieldErrors;
import it.percorsi.helpdesk.internal.Ticket;
import it.percorsi.helpdesk.internal.TicketRepository;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff queue: tickets sorted by due time (nothing due last), filtered, one page at a time
 * (the grid loads lazily, nothing is held in memory), with the counts shown next to the filters.
 */
@Service
public class TicketQueue {

    public static final int BULK_MAX = 200;
    private static final Set<TicketStatus> ACTIVE = EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN,
            TicketStatus.WAITING_FOR_USER);

    private final TicketRepository tickets;
    private final TicketService service;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    TicketQueue(TicketRepository tickets, TicketService service, CurrentUserProvider currentUser, Clock clock) {
        this.tickets = tickets;
        this.service = service;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(TicketService.STAFF_ROLES)
    @Transactional(readOnly = true)
    public List<TicketSummary> page(QueueFilter filter, int page, int pageSize) {
        Instant now = clock.instant();
        Sort sort = Sort.by(Sort.Order.asc("dueAt").nullsLast(), Sort.Order.asc("id"));
        // a Slice: no count query, the lazy grid only needs to know whether more rows follow
        List<Ticket> rows = tickets.findBy(spec(filter, now),
                q -> q.slice(PageRequest.of(page, Math.max(1, pageSize), sort)).getContent());
        return rows.stream().map(t -> service.summary(t, now)).toList();
    }

    @PreAuthorize(TicketService.STAFF_ROLES)
    @Transactional(readOnly = true)
    public QueueCounts counts() {
        Instant now = clock.instant();
        Map<TicketStatus, Long> perStatus = new EnumMap<>(TicketStatus.class);
        long active = 0;
        long unassigned = 0;
        long mine = 0;
        long overdue = 0;
        for (Object[] row : tickets.countsByStatus(currentUser.require().id(), now)) {
            TicketStatus status = (TicketStatus) row[0];
            perStatus.put(status, number(row[1]));
            if (ACTIVE.contains(status)) {
                active += number(row[1]);
                unassigned += number(row[2]);
                mine += number(row[3]);
                overdue += number(row[4]);
            }
        }
        for (TicketStatus s : TicketStatus.values()) {
            perStatus.putIfAbsent(s, 0L);
        }
        return new QueueCounts(active, unassigned, mine, overdue, perStatus);
    }

    /** Administrations that have tickets, for the queue's filter. */
    @PreAuthorize(TicketService.STAFF_ROLES)
    @Transactional(readOnly = true)
    public Map<Long, String> administrations() {
        Map<Long, String> result = new java.util.LinkedHashMap<>();
        tickets.administrations().forEach(r -> result.put((Long) r[0], (String) r[1]));
        return result;
    }

    /** Assigns every given ticket (a null assignee unassigns); all or nothing. */
    @PreAuthorize(TicketService.STAFF_ROLES)
    @Transactional
    public int bulkAssign(Collection<Long> ticketIds, Long assigneeId) {
        if (ticketIds.size() > BULK_MAX) {
            throw FieldErrors.of("bulk", "hd.error.bulkTooMany");
        }
        int changed = 0;
        for (Long id : ticketIds) {
            Ticket t = service.load(id);
            if (t.getStatus().active()) {
                service.assignTo(t, assigneeId);
                changed++;
            }
        }
        return changed;
    }

    private Specification<Ticket> spec(QueueFilter filter, Instant now) {
        Long me = currentUser.require().id();
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            Set<TicketStatus> statuses = filter.statuses() == null || filter.statuses().isEmpty() ? ACTIVE
                    : filter.statuses();
            where.add(root.get("status").in(statuses));
            QueueFilter.Scope scope = filter.scope() == null ? QueueFilter.Scope.ALL : filter.scope();
            switch (scope) {
                case UNASSIGNED -> where.add(cb.isNull(root.get("assigneeId")));
                case MINE -> where.add(cb.equal(root.get("assigneeId"), me));
                case OVERDUE -> where.add(cb.lessThan(root.get("dueAt"), now));
                case ALL -> { }
            }
            if (filter.priority() != null) {
                where.add(cb.equal(root.get("priority"), filter.priority()));
            }
            if (filter.category() != null) {
                where.add(cb.equal(root.get("category"), filter.category()));
            }
            if (filter.administrationId() != null) {
                where.add(cb.equal(root.get("administrationId"), filter.administrationId()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
