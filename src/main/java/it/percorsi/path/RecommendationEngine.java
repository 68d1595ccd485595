package it.percorsi.path;

import it.percorsi.assessment.Profile;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the path for a profile. Deterministic: the first template (by priority) whose rule holds,
 * its steps whose rule holds, then the matching optional steps in library order, each placed
 * after its anchor step. Pure function of (library, profile): no clock, no randomness, no I/O.
 */
public final class RecommendationEngine {

    private RecommendationEngine() {
    }

    public static Recommendation recommend(PathLibrary library, Profile profile) {
        PathTemplate template = library.templates().stream().filter(t -> t.when().matches(profile)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no path template applies (the library has no fallback)"));
        List<Recommendation.Step> steps = new ArrayList<>();
        List<String> anchors = new ArrayList<>(); // for each step: the anchor it was placed after, or null
        for (StepDefinition s : template.steps()) {
            if (s.when().matches(profile)) {
                List<String> reasons = new ArrayList<>();
                reasons.add(template.because());
                if (!s.when().always()) {
                    reasons.add(s.because());
                }
                steps.add(new Recommendation.Step(s.id(), List.copyOf(reasons)));
                anchors.add(null);
            }
        }
        int atStart = 0;
        for (StepDefinition s : library.optionalSteps()) {
            if (!s.appliesTo(template.id()) || !s.when().matches(profile)) {
                continue;
            }
            var step = new Recommendation.Step(s.id(), List.of(s.because()));
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
        return new Recommendation(template.id(), template.title(), template.because(), List.copyOf(steps));
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
