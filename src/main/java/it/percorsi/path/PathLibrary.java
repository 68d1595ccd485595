package it.percorsi.path;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every path template and optional step of content/paths, validated. Templates are kept from the
 * highest priority down (ties by id), optional steps in file then declaration order, so the
 * engine's result depends only on the profile.
 */
public record PathLibrary(List<PathTemplate> templates, List<StepDefinition> optionalSteps, PathSettings settings,
                          String checksum) {

    public PathLibrary {
        templates = templates.stream()
                .sorted(Comparator.comparingInt(PathTemplate::priority).reversed().thenComparing(PathTemplate::id))
                .toList();
        optionalSteps = List.copyOf(optionalSteps);
        settings = settings == null ? PathSettings.NONE : settings;
    }

    public PathLibrary(List<PathTemplate> templates, List<StepDefinition> optionalSteps, String checksum) {
        this(templates, optionalSteps, PathSettings.NONE, checksum);
    }

    public Map<String, StepDefinition> stepsById() {
        Map<String, StepDefinition> all = new LinkedHashMap<>();
        templates.forEach(t -> t.steps().forEach(s -> all.put(s.id(), s)));
        optionalSteps.forEach(s -> all.put(s.id(), s));
        return all;
    }

    public Optional<StepDefinition> step(String id) {
        return Optional.ofNullable(stepsById().get(id));
    }

    public Optional<PathTemplate> template(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
