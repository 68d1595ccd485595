package it.percorsi.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the self-assessment says about an administration: facet values (e.g. experience = BASIC,
 * channels = SERVED, SELF_SERVICE) and maturity scores 0-100 per dimension.
 */
public record Profile(Map<String, List<String>> facets, Map<String, Integer> scores) {

    public Profile {
        Map<String, List<String>> f = new LinkedHashMap<>();
        facets.forEach((k, v) -> f.put(k, List.copyOf(v)));
        facets = java.util.Collections.unmodifiableMap(f);
        scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    public List<String> values(String facet) {
        return facets.getOrDefault(facet, List.of());
    }

    public ExperienceLevel experience() {
        List<String> v = values(Facets.EXPERIENCE);
        return v.isEmpty() ? ExperienceLevel.NONE : ExperienceLevel.valueOf(v.getFirst());
    }

    public int score(String dimension) {
        return scores.getOrDefault(dimension, 0);
    }
}
