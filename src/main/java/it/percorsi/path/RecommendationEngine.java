package it.percorsi.path;

import it.percorsi.assessment.Profile;
import it.percorsi.path.Recommendation.LeftOut;
import it.percorsi.path.Recommendation.Why;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the path for a profile. Deterministic: the first template (by priority) that matches; its
 * steps that match, minus those the assessment shows as done; the matching optional steps, as
 * many as the resources allow and the time budget takes (lowest priority left out first), each
 * placed after its anchor step. Pure function of (library, profile): no clock, no randomness, no I/O.
 */
public final class RecommendationEngine {

    private RecommendationEngine() {
    }

    public static Recommendation recommend(PathLibrary library, Profile profile) {
        PathTemplate template = library.templates().stream().filter(t -> t.matches(profile)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no path template applies (the library has no fallback)"));
        List<LeftOut> leftOut = new ArrayList<>();
        List<StepDefinition> core = new ArrayList<>();
        for (StepDefinition s : template.steps()) {
            if (applies(s, profile) && !done(s, profile, leftOut)) {
                core.add(s);
            }
        }
        List<StepDefinition> candidates = new ArrayList<>();
        for (StepDefinition s : library.optionalSteps()) {
            if (s.appliesTo(template.id()) && applies(s, profile) && !done(s, profile, leftOut)) {
                candidates.add(s);
            }
        }
        // most important first; ties keep the library order (the sort is stable)
        List<StepDefinition> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingInt(StepDefinition::priority).reversed());
        PathSettings settings = library.settings();
        Optional<PathSettings.Limit> limit = PathSettings.first(settings.optionalLimit(), profile);
        if (limit.isPresent()) {
            int max = (int) limit.get().value();
            while (ranked.size() > max) {
                StepDefinition out = ranked.removeLast();
                leftOut.add(new LeftOut(out.id(), Why.RESOURCES, limit.get().because().it()));
            }
        }
        Double hours = PathSettings.first(settings.hoursPerWeek(), profile).map(PathSettings.Limit::value).orElse(null);
        Integer weeks = PathSettings.first(settings.budgetWeeks(), profile).map(l -> (int) l.value()).orElse(null);
        double effort = effort(core) + effort(ranked);
        if (hours != null && weeks != null) {
            double capacity = hours * weeks;
            // when the template's own steps already exceed the time, leaving out additions would not
            // make the path fit: they stay, and the path says it is over budget
            while (effort > capacity && !ranked.isEmpty() && effort(core) <= capacity) {
                StepDefinition out = ranked.removeLast();
                effort -= out.effortHours();
                leftOut.add(new LeftOut(out.id(), Why.TIME_BUDGET, settings.overBudgetBecause().it()));
            }
        }
        Set<String> kept = new HashSet<>();
        ranked.forEach(s -> kept.add(s.id()));
        List<Recommendation.Step> steps = place(template, core,
                candidates.stream().filter(s -> kept.contains(s.id())).toList());
        Integer estimated = hours == null || hours <= 0 ? null : (int) Math.ceil(effort / hours);
        return new Recommendation(template.id(), template.title().it(), template.because().it(), steps, leftOut, effort, hours,
                weeks, estimated);
    }

    private static boolean applies(StepDefinition s, Profile profile) {
        return s.when().matches(profile) && !s.unless().matchesIfPresent(profile);
    }

    private static boolean done(StepDefinition s, Profile profile, List<LeftOut> leftOut) {
        if (s.doneWhen().matchesIfPresent(profile)) {
            leftOut.add(new LeftOut(s.id(), Why.ALREADY_DONE, s.doneBecause().it()));
            return true;
        }
        return false;
    }

    private static double effort(List<StepDefinition> steps) {
        return steps.stream().mapToDouble(StepDefinition::effortHours).sum();
    }

    /** Optional steps after their anchor; the reader refuses anchors inside a template kept together. */
    private static List<Recommendation.Step> place(PathTemplate template, List<StepDefinition> core,
                                                   List<StepDefinition> optional) {
        List<Recommendation.Step> steps = new ArrayList<>();
        List<String> anchors = new ArrayList<>(); // for each step: the anchor it was placed after, or null
        for (StepDefinition s : core) {
            List<String> reasons = new ArrayList<>();
            reasons.add(template.because().it());
            if (!s.when().always()) {
                reasons.add(s.because().it());
            }
            steps.add(new Recommendation.Step(s.id(), List.copyOf(reasons)));
            anchors.add(null);
        }
        int atStart = 0;
        for (StepDefinition s : optional) {
            var step = new Recommendation.Step(s.id(), List.of(s.because().it()));
            String anchor = s.after().stream().filter(a -> indexOf(steps, a) >= 0).findFirst().orElse(null);
            if (anchor != null) {
                int i = indexOf(steps, anchor) + 1;
                while (i < steps.size() && anchor.equals(anchors.get(i))) {
                    i++;
                }
                steps.add(i, step);
                anchors.add(i, anchor);
            } else if (s.position() == StepDefinition.Position.START) {
                steps.add(atStart, step);
                anchors.add(atStart++, "^");
            } else {
                steps.add(step);
                anchors.add("$");
            }
        }
        return steps;
    }

    private static int indexOf(List<Recommendation.Step> steps, String id) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).stepId().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
