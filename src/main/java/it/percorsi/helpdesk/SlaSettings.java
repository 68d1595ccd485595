package it.percorsi.helpdesk;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

/**
 * Business calendar and SLA targets as an ADMIN edits them. Targets are working minutes per
 * priority; reopenDays is how long a referent may reopen a resolved ticket, autoCloseDays when a
 * resolved ticket closes by itself.
 */
public record SlaSettings(Set<DayOfWeek> workDays, LocalTime opensAt, LocalTime closesAt,
                          Map<TicketPriority, Integer> firstResponseMinutes,
                          Map<TicketPriority, Integer> resolutionMinutes, int reopenDays, int autoCloseDays,
                          long version) {

    public static final int MAX_TARGET_MINUTES = 60 * 24 * 60;
    public static final int MAX_DAYS = 365;
}
