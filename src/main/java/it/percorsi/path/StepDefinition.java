package it.percorsi.path;

import java.util.List;
import java.util.Set;

/**
 * One step as defined in a path file. Template steps belong to their template; optional steps
 * (files of type optional-steps) join any plan whose profile matches {@code when}, after the
 * first of the {@code after} steps the plan has (or at its start or end).
 */
public record StepDefinition(String id, String title, String summary, double effortHours, List<String> guides,
                             List<String> tools, List<String> faqs, List<SelfCheck> checks, Rule when,
                             String because, List<String> after, Position position, Set<String> templates,
                             String file) {

    public enum Position { START, END }

    /** A yes/no question the referents answer to check their own work on the step. */
    public record SelfCheck(String id, String text) {
    }

    public boolean appliesTo(String templateId) {
        return templates.isEmpty() || templates.contains(templateId);
    }
}
