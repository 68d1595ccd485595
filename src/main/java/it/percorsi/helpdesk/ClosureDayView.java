package it.percorsi.helpdesk;

import java.time.LocalDate;

public record ClosureDayView(Long id, LocalDate date, String description) {

    public static final int DESCRIPTION_MAX_LENGTH = 200;
}
