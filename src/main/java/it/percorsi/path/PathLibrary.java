package it.percorsi.path;

import it.percorsi.base.i18n.Localized;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

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
        return derived().stepsById();
    }

    /**
     * What this (immutable) library derives from its templates, computed once per library instead of on
     * every call (issue 14: a path page asked for it a dozen times). Kept while the library is in use
     * (weak keys, compared by identity).
     */
    private Derived derived() {
        return DERIVED.get(this, PathLibrary::derive);
    }

    private record Derived(Map<String, StepDefinition> stepsById, Map<String, Localized> localized) {
    }

    private static final com.github.benmanes.caffeine.cache.Cache<PathLibrary, Derived> DERIVED =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().weakKeys().build();

    private static Derived derive(PathLibrary library) {
        Map<String, StepDefinition> steps = new LinkedHashMap<>();
        library.templates.forEach(t -> t.steps().forEach(s -> steps.put(s.id(), s)));
        library.optionalSteps.forEach(s -> steps.put(s.id(), s));
        Map<String, Localized> all = new HashMap<>();
        Consumer<Localized> add = l -> {
            if (l != null && !l.isBlank()) {
                all.putIfAbsent(key(l.it()), l);
            }
        };
        for (PathTemplate t : library.templates) {
            add.accept(t.title());
            add.accept(t.summary());
            add.accept(t.because());
        }
        steps.values().forEach(s -> {
            add.accept(s.title());
            add.accept(s.because());
            add.accept(s.doneBecause());
        });
        add.accept(library.settings.overBudgetBecause());
        library.settings.optionalLimit().forEach(l -> add.accept(l.because()));
        return new Derived(java.util.Collections.unmodifiableMap(steps), Map.copyOf(all));
    }

    public Optional<StepDefinition> step(String id) {
        return Optional.ofNullable(stepsById().get(id));
    }

    public Optional<PathTemplate> template(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * The English versions of the texts of this library stored in Italian with a plan (a template's
     * title, a reason, a step title): a function that finds each by its Italian wording among the
     * current templates, steps and settings. A text no longer in the library comes back Italian only.
     */
    public Function<String, Localized> localizer() {
        Map<String, Localized> all = derived().localized();
        return italian -> italian == null ? Localized.EMPTY
                : all.getOrDefault(key(italian), Localized.italian(italian));
    }


    /** Plans store reasons one per line with spaces collapsed (see PathText): compare the same way. */
    private static String key(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
