package it.percorsi.path;

import it.percorsi.assessment.Profile;
import it.percorsi.base.i18n.Localized;
import java.util.List;
import java.util.Optional;

/**
 * The library-wide numbers of paths/impostazioni.yaml, each a list of rules read top-down (the
 * first that holds wins): hours a week the administration can give to the path, weeks it gave
 * itself, and the most optional steps its resources can carry.
 */
public record PathSettings(List<Limit> hoursPerWeek, List<Limit> budgetWeeks, List<Limit> optionalLimit,
                           Localized overBudgetBecause) {

    public static final PathSettings NONE = new PathSettings(List.of(), List.of(), List.of(), Localized.EMPTY);

    public PathSettings {
        hoursPerWeek = List.copyOf(hoursPerWeek);
        budgetWeeks = List.copyOf(budgetWeeks);
        optionalLimit = List.copyOf(optionalLimit);
    }

    /** One entry: applies when {@code when} holds; {@code because} completes "left out because ...". */
    public record Limit(Rule when, double value, Localized because) {
    }

    static Optional<Limit> first(List<Limit> limits, Profile profile) {
        return limits.stream().filter(l -> l.when().matches(profile)).findFirst();
    }
}
