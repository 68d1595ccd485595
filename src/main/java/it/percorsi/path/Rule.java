package it.percorsi.path;

import it.percorsi.assessment.Profile;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A declarative condition on a profile, as written in a path file. One alternative
 * ({@code {experience: [NONE, BASIC], channels: [SERVED]}}) holds when every facet named has at
 * least one of the listed values and every score named is within its range; a list of
 * alternatives holds when any of them does. Ranges over a facet's ordered values
 * ({@code usersReached: {min: FINO_10000}}) are expanded to value lists when the file is read.
 * No expressions: trainers edit these rules, so they can never run code.
 */
public record Rule(List<Alternative> anyOf) {

    /** A rule with no alternative: holds for every profile (a missing {@code when}). */
    public static final Rule ALWAYS = new Rule(List.of());

    public Rule {
        anyOf = List.copyOf(anyOf);
    }

    /** Facet values (any of) and score ranges (inclusive), all of which must hold. */
    public record Alternative(Map<String, Set<String>> facets, Map<String, ScoreRange> scores) {
        public Alternative {
            facets = Map.copyOf(facets);
            scores = Map.copyOf(scores);
        }

        boolean matches(Profile profile) {
            for (var e : facets.entrySet()) {
                if (profile.values(e.getKey()).stream().noneMatch(e.getValue()::contains)) {
                    return false;
                }
            }
            for (var e : scores.entrySet()) {
                if (!e.getValue().contains(profile.score(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A closed range of a 0-100 dimension score. */
    public record ScoreRange(double min, double max) {
        boolean contains(int score) {
            return score >= min && score <= max;
        }
    }

    public static Rule ofFacets(List<Map<String, Set<String>>> alternatives) {
        return new Rule(alternatives.stream().map(m -> new Alternative(m, Map.of())).toList());
    }

    public boolean always() {
        return anyOf.isEmpty();
    }

    /** A missing rule holds; used for {@code when}. */
    public boolean matches(Profile profile) {
        return anyOf.isEmpty() || anyOf.stream().anyMatch(a -> a.matches(profile));
    }

    /** A missing rule never holds; used for {@code unless} and {@code done_when}. */
    public boolean matchesIfPresent(Profile profile) {
        return !anyOf.isEmpty() && matches(profile);
    }
}
