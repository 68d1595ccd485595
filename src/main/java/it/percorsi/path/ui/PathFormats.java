package it.percorsi.path.ui;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

final class PathFormats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Rome"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/Rome"));

    private PathFormats() {
    }

    static String dateTime(Instant i) {
        return i == null ? "" : DATE_TIME.format(i);
    }

    static String date(Instant i) {
        return i == null ? "" : DATE.format(i);
    }

    static String hours(double h, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale == null ? Locale.ITALIAN : locale);
        f.setMaximumFractionDigits(1);
        return f.format(h);
    }
}
