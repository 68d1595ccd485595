package it.percorsi.base.ui;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one way views show dates, times and amounts: in the user's locale ("29 nov 2026, 15:34"
 * in Italian, "Nov 29, 2026, 3:34 PM" in English) and in the portal's time zone
 * ({@code percorsi.time-zone}, Europe/Rome by default; the injected clock ticks in UTC).
 */
@Component
public class DateTimes {

    private final ZoneId zone;

    DateTimes(@Value("${percorsi.time-zone:Europe/Rome}") ZoneId zone) {
        this.zone = zone;
    }

    /** For tests and tools that need no Spring context. */
    public static DateTimes in(ZoneId zone) {
        return new DateTimes(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Day and time to the minute; empty for no value. */
    public String dateTime(Instant instant, Locale locale) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT), locale);
    }

    /** Day and time to the second, for logs and mail queues. */
    public String preciseDateTime(Instant instant, Locale locale) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM), locale);
    }

    /** The time of day to the minute ("17:32"). */
    public String time(Instant instant, Locale locale) {
        return format(instant, DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT), locale);
    }

    /** The day only. */
    public String date(Instant instant, Locale locale) {
        return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM), locale);
    }

    /** A number of hours with at most one decimal ("1,5" in Italian, "1.5" in English). */
    public String hours(double hours, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(orDefault(locale));
        f.setMaximumFractionDigits(1);
        return f.format(hours);
    }

    private String format(Instant instant, DateTimeFormatter formatter, Locale locale) {
        return instant == null ? "" : formatter.withLocale(orDefault(locale)).withZone(zone).format(instant);
    }

    private static Locale orDefault(Locale locale) {
        return locale == null ? Locale.ITALIAN : locale;
    }
}
