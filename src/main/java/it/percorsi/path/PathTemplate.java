package it.percorsi.path;

import it.percorsi.base.i18n.Localized;
import java.util.List;

/**
 * A path template: chosen for a profile when {@code when} holds and {@code unless} does not, in
 * order of priority. A template that {@code keepsTogether} its steps (a method whose steps form
 * one sequence, such as the seven steps of participatory evaluation) never gets optional steps
 * between them: they go before its first step or after its last.
 */
public record PathTemplate(String id, Localized title, Localized summary, int priority, Rule when, Rule unless,
                           Localized because, boolean keepsTogether, List<StepDefinition> steps, String file) {

    public boolean matches(it.percorsi.assessment.Profile profile) {
        return when.matches(profile) && !unless.matchesIfPresent(profile);
    }
}
