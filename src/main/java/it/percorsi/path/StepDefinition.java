package it.percorsi.path;

import it.percorsi.base.i18n.Localized;
import java.util.List;
import java.util.Set;

/**
 * One step as defined in a path file. Template steps belong to their template; optional steps
 * (files of type optional-steps) join any plan whose profile matches {@code when} and not
 * {@code unless}, after the first of the {@code after} steps the plan has (or at its start or end).
 * A step whose {@code doneWhen} holds is left out as already done; when resources or the time
 * budget cannot take every optional step, those with the lowest {@code priority} are left out first.
 */
public record StepDefinition(String id, Localized title, Localized summary, double effortHours, List<String> guides,
                             List<String> tools, List<String> faqs, List<SelfCheck> checks, Rule when,
                             Localized because, Rule unless, Rule doneWhen, Localized doneBecause, int priority,
                             List<String> after, Position position, Set<String> templates, String file) {

    public enum Position { START, END }

    /** A yes/no question the referents answer to check their own work on the step. */
    public record SelfCheck(String id, Localized text) {
    }

    public boolean appliesTo(String templateId) {
        return templates.isEmpty() || templates.contains(templateId);
    }
}
