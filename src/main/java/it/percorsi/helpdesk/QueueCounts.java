package it.percorsi.helpdesk;

import java.util.Map;

/** Counts next to the queue's filters: over the active tickets, and per status. */
public record QueueCounts(long active, long unassigned, long mine, long overdue, Map<TicketStatus, Long> perStatus) {
}
