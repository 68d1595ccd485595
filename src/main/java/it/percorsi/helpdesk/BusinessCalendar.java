package it.percorsi.helpdesk;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Working time of the help desk: working weekdays, opening hours (closesAt 00:00 means
 * midnight, the end of the day), Italian national holidays and extra closure days, in a time
 * zone (Europe/Rome). Windows are computed per local day and compared as instants, so a
 * daylight-saving night (a 23- or 25-hour day) is counted as it really is.
 */
public record BusinessCalendar(ZoneId zone, Set<DayOfWeek> workDays, LocalTime opensAt, LocalTime closesAt,
                               Set<LocalDate> closures) {

    public static final ZoneId ROME = ZoneId.of("Europe/Rome");
    /** A due time beyond ten years means the calendar has (almost) no working time. */
    private static final int MAX_DAYS = 3660;

    public BusinessCalendar {
        workDays = Set.copyOf(workDays);
        closures = Set.copyOf(closures);
    }

    public boolean isWorkingDay(LocalDate date) {
        return workDays.contains(date.getDayOfWeek()) && !closures.contains(date) && !ItalianHolidays.isHoliday(date);
    }

    /** The instant when {@code amount} of working time has passed after {@code start}. */
    public Instant plus(Instant start, Duration amount) {
        Duration left = amount;
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant open = open(day);
            Instant close = close(day);
            Instant from = start.isAfter(open) ? start : open;
            if (!from.isBefore(close)) {
                continue;
            }
            Duration available = Duration.between(from, close);
            if (left.compareTo(available) <= 0) {
                return from.plus(left);
            }
            left = left.minus(available);
        }
        throw new IllegalStateException("The business calendar has no working time");
    }

    /** Working time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant a = max(from, open(day));
            Instant b = min(to, close(day));
            if (b.isAfter(a)) {
                total = total.plus(Duration.between(a, b));
            }
        }
        return total;
    }

    private Instant open(LocalDate day) {
        return ZonedDateTime.of(day, opensAt, zone).toInstant();
    }

    private Instant close(LocalDate day) {
        return LocalTime.MIDNIGHT.equals(closesAt) ? day.plusDays(1).atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(day, closesAt, zone).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
