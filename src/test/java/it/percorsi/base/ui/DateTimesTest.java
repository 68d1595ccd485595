package it.percorsi.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateTimesTest {

    static final Instant EVENING_UTC = Instant.parse("2026-11-29T23:30:00Z");
    final DateTimes rome = DateTimes.in(ZoneId.of("Europe/Rome"));

    @Test
    void italian_users_see_an_italian_date_in_the_configured_zone() {
        // 23:30 UTC is already the next day in Rome.
        assertThat(rome.date(EVENING_UTC, Locale.ITALIAN)).isEqualTo("30 nov 2026");
        assertThat(rome.dateTime(EVENING_UTC, Locale.ITALIAN)).isEqualTo("30 nov 2026, 00:30");
        assertThat(rome.preciseDateTime(EVENING_UTC, Locale.ITALIAN)).isEqualTo("30 nov 2026, 00:30:00");
    }

    @Test
    void english_users_see_an_english_date_not_the_italian_pattern() {
        assertThat(rome.date(EVENING_UTC, Locale.ENGLISH)).isEqualTo("Nov 30, 2026");
        assertThat(rome.dateTime(EVENING_UTC, Locale.ENGLISH)).startsWith("Nov 30, 2026").contains("12:30");
    }

    @Test
    void another_configured_zone_moves_the_day() {
        assertThat(DateTimes.in(ZoneId.of("UTC")).date(EVENING_UTC, Locale.ITALIAN)).isEqualTo("29 nov 2026");
    }

    @Test
    void hours_use_the_decimal_separator_of_the_locale_and_nothing_is_shown_for_no_date() {
        assertThat(rome.hours(1.5, Locale.ITALIAN)).isEqualTo("1,5");
        assertThat(rome.hours(1.5, Locale.ENGLISH)).isEqualTo("1.5");
        assertThat(rome.dateTime(null, Locale.ITALIAN)).isEmpty();
    }
}
