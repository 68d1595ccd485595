package it.percorsi.path;

import it.percorsi.assessment.Profile;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A declarative condition on profile facets, as written in a path file:
 * {@code when: {experience: [NONE, BASIC], channels: [SERVED]}} holds when every facet named has
 * at least one of the listed values; a list of such maps holds when any of them does. No
 * expressions: trainers edit these rules, so they can never run code.
 */
public record Rule(List<Map<String, Set<String>>> anyOf) {

    public static final Rule ALWAYS = new Rule(List.of());

    public Rule {
        anyOf = anyOf.stream().map(m -> Map.copyOf(m)).toList();
    }

    public boolean always() {
        return anyOf.isEmpty();
    }

    public boolean matches(Profile profile) {
        if (anyOf.isEmpty()) {
            return true;
        }
        for (Map<String, Set<String>> alternative : anyOf) {
            if (alternative.entrySet().stream()
                    .allMatch(e -> profile.values(e.getKey()).stream().anyMatch(e.getValue()::contains))) {
                return true;
            }
        }
        return false;
    }
}
