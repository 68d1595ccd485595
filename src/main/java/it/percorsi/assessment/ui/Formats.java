package it.percorsi.assessment.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Rome"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/Rome"));

    private Formats() {
    }

    static String dateTime(Instant i) {
        return i == null ? "" : DATE_TIME.format(i);
    }

    static String date(Instant i) {
        return i == null ? "" : DATE.format(i);
    }
}
