package it.percorsi.helpdesk;

import java.util.Set;

/**
 * The staff queue's filters; null or empty means "any". {@code statuses} empty means the active
 * ones (NEW, OPEN, WAITING_FOR_USER).
 */
public record QueueFilter(Scope scope, Set<TicketStatus> statuses, TicketPriority priority, Long administrationId,
                          TicketCategory category) {

    public enum Scope { ALL, UNASSIGNED, MINE, OVERDUE }

    public static QueueFilter active() {
        return new QueueFilter(Scope.ALL, Set.of(), null, null, null);
    }

    public QueueFilter withScope(Scope s) {
        return new QueueFilter(s, statuses, priority, administrationId, category);
    }
}
