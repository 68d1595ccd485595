package it.percorsi.path;

import java.time.Instant;

/** One line of the path history. {@code action} is one of PLANNED, REPLANNED, STEP_ADDED, STEP_DROPPED, STATUS, NOTES, CHECK. */
public record PathChangeEntry(Instant at, String by, String stepTitle, String action, String detail) {
}
