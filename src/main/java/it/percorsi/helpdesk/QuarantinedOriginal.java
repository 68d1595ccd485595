package it.percorsi.helpdesk;

import java.util.List;

/**
 * A quarantined mail as it arrived, for staff to read before they decide: its main headers, its
 * whole text (never rendered as HTML), the names of its files and its source.
 */
public record QuarantinedOriginal(String headers, String text, List<String> files, String source) {
}
