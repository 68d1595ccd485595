package it.percorsi.path;

import it.percorsi.base.i18n.Localized;
import java.time.Instant;

/**
 * One line of the path history. {@code action} is one of PLANNED, REPLANNED, STEP_ADDED, STEP_DROPPED, STATUS,
 * NOTES, CHECK. {@code stepTitle} is the title stored with the change, with its English version when the
 * library still has that text (null for changes of the whole path).
 */
public record PathChangeEntry(Instant at, String by, Localized stepTitle, String action, String detail) {
}
