package it.percorsi.assessment;

import it.percorsi.base.i18n.Localized;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The self-assessment as defined in content/assessment/questionnaire.yaml: sections of
 * questions whose options carry scoring weights per maturity dimension, and the profile facets
 * derived from the answers. Only a questionnaire that passed validation is ever built. Every text
 * shown to referents is {@link Localized}: Italian, and English when the file has its {@code _en} sibling.
 */
public record Questionnaire(Localized title, Localized intro, List<Dimension> dimensions, List<Facet> facets,
                            List<Section> sections, String checksum) {

    public record Dimension(String id, Localized label, Localized description) {
    }

    /**
     * A profile facet. Either taken from the options chosen in one question ({@code questionId}),
     * or a level read from the mean score of some dimensions ({@code dimensions} and {@code levels}).
     */
    public record Facet(String id, Localized label, String questionId, List<String> dimensions, List<Level> levels) {
        public boolean fromQuestion() {
            return questionId != null;
        }
    }

    /** A facet level reached when the mean score is at least {@code min}. */
    public record Level(String value, double min, Localized label) {
    }

    public record Section(String id, Localized title, Localized intro, List<String> guides, List<Question> questions) {
    }

    public record Question(String id, Localized text, Localized help, boolean multiple, boolean required, Integer max,
                           Condition onlyIf, List<Option> options) {
        public Optional<Option> option(String value) {
            return options.stream().filter(o -> o.value().equals(value)).findFirst();
        }
    }

    /** An option; {@code exclusive} options (e.g. "none of these") cannot be combined with others. */
    public record Option(String value, Localized label, boolean exclusive, Map<String, Double> scores) {
    }

    /** The question is asked only when an earlier question's answer includes one of these options. */
    public record Condition(String questionId, Set<String> anyOf) {
        public boolean holds(Map<String, List<String>> answers) {
            return answers.getOrDefault(questionId, List.of()).stream().anyMatch(anyOf::contains);
        }
    }

    public List<Question> questions() {
        List<Question> all = new ArrayList<>();
        sections.forEach(s -> all.addAll(s.questions()));
        return all;
    }

    public Optional<Question> question(String id) {
        return questions().stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Facet> facet(String id) {
        return facets.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<Dimension> dimension(String id) {
        return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The values a facet can take, in the order they are declared. */
    public Set<String> facetValues(String facetId) {
        Set<String> values = new LinkedHashSet<>();
        facet(facetId).ifPresent(f -> {
            if (f.fromQuestion()) {
                question(f.questionId()).ifPresent(q -> q.options().forEach(o -> values.add(o.value())));
            } else {
                f.levels().forEach(l -> values.add(l.value()));
            }
        });
        return values;
    }

    /** Every facet with its possible values, e.g. for checking the rules of the path templates. */
    public Map<String, Set<String>> facetCatalog() {
        Map<String, Set<String>> catalog = new LinkedHashMap<>();
        facets.forEach(f -> catalog.put(f.id(), facetValues(f.id())));
        return catalog;
    }

    /** The words for a facet value (the option label or the level label). */
    public Localized valueLabel(String facetId, String value) {
        return facet(facetId).flatMap(f -> f.fromQuestion()
                ? question(f.questionId()).flatMap(q -> q.option(value)).map(Option::label)
                : f.levels().stream().filter(l -> l.value().equals(value)).findFirst().map(Level::label))
                .orElse(Localized.italian(value));
    }

    public boolean isAsked(Question q, Map<String, List<String>> answers) {
        return q.onlyIf() == null || q.onlyIf().holds(answers);
    }
}
