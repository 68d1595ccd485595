package it.percorsi.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SLA arithmetic in business hours, table-driven. Times are local Europe/Rome times. */
class BusinessCalendarTest {

    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    static final BusinessCalendar OFFICE = new BusinessCalendar(BusinessCalendar.ROME, WEEKDAYS, LocalTime.of(9, 0),
            LocalTime.of(17, 0), Set.of(LocalDate.of(2026, 12, 24)));
    static final BusinessCalendar ALWAYS = new BusinessCalendar(BusinessCalendar.ROME, EnumSet.allOf(DayOfWeek.class),
            LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, Set.of());

    static Instant rome(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessCalendar.ROME).toInstant();
    }

    @ParameterizedTest(name = "{0}: {1} + {2} min = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            within the day                  | 2026-03-10T10:00 | 60   | 2026-03-10T11:00
            to the minute of closing        | 2026-03-10T16:00 | 60   | 2026-03-10T17:00
            over the evening                | 2026-03-10T16:00 | 120  | 2026-03-11T10:00
            before opening starts at nine   | 2026-03-10T07:30 | 30   | 2026-03-10T09:30
            friday over the weekend         | 2026-03-13T16:30 | 60   | 2026-03-16T09:30
            asked on saturday               | 2026-03-14T11:00 | 480  | 2026-03-16T17:00
            easter monday 2026 is a holiday | 2026-04-03T16:00 | 120  | 2026-04-07T10:00
            liberation day and may day      | 2026-04-24T16:00 | 480  | 2026-04-27T16:00
            an extra closure day            | 2026-12-23T16:00 | 120  | 2026-12-28T10:00
            five working days around june 2 | 2026-06-01T09:00 | 2400 | 2026-06-08T17:00
            republic day on tuesday         | 2026-06-01T16:00 | 120  | 2026-06-03T10:00
            over new year and a weekend    | 2026-12-31T16:00 | 120  | 2027-01-04T10:00
            easter monday 2027              | 2027-03-26T16:00 | 120  | 2027-03-30T10:00
            spring daylight-saving weekend  | 2026-03-27T16:00 | 120  | 2026-03-30T10:00
            autumn daylight-saving weekend  | 2026-10-23T16:00 | 120  | 2026-10-26T10:00
            """)
    void office_hours_add_working_time(String name, String start, long minutes, String expected) {
        assertThat(OFFICE.plus(rome(start), Duration.ofMinutes(minutes))).isEqualTo(rome(expected));
        assertThat(OFFICE.between(rome(start), rome(expected))).isEqualTo(Duration.ofMinutes(minutes));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the spring night has 23 hours | 2026-03-29T00:00 | 1440 | 2026-03-30T01:00
            the autumn night has 25 hours | 2026-10-25T00:00 | 1440 | 2026-10-25T23:00
            """)
    void a_round_the_clock_calendar_counts_real_hours_across_daylight_saving(String name, String start, long minutes,
                                                                            String expected) {
        assertThat(ALWAYS.plus(rome(start), Duration.ofMinutes(minutes))).isEqualTo(rome(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            paused from friday to monday costs nothing | 2026-03-13T17:00 | 2026-03-16T09:00 | 0
            a weekend and a holiday in between         | 2026-04-03T16:00 | 2026-04-07T10:00 | 120
            negative spans are zero                    | 2026-03-10T12:00 | 2026-03-10T11:00 | 0
            """)
    void working_time_between_two_instants(String name, String from, String to, long minutes) {
        assertThat(OFFICE.between(rome(from), rome(to))).isEqualTo(Duration.ofMinutes(minutes));
    }

    @ParameterizedTest(name = "Easter {0}")
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25",
            "2285, 2285-03-22"})
    void easter_is_computed_for_any_year(int year, String easter) {
        assertThat(ItalianHolidays.easterSunday(year)).isEqualTo(LocalDate.parse(easter));
        assertThat(ItalianHolidays.of(year)).contains(LocalDate.parse(easter).plusDays(1));
    }

    @ParameterizedTest(name = "{0} is a holiday: {1}")
    @CsvSource({"2026-01-06, true", "2026-04-25, true", "2026-06-02, true", "2026-08-15, true", "2026-10-04, true",
            "2025-10-04, false", "2026-12-08, true", "2026-12-26, true", "2026-03-19, false", "2026-11-02, false"})
    void national_holidays(String date, boolean holiday) {
        assertThat(ItalianHolidays.isHoliday(LocalDate.parse(date))).isEqualTo(holiday);
    }
}
