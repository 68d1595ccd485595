package it.percorsi.path;

import java.util.List;

/** The path chosen for a profile: a template and its steps in order, each with its reasons. */
public record Recommendation(String templateId, String templateTitle, String templateReason, List<Step> steps) {

    /** A step of the recommendation; every reason completes the sentence "Recommended because ...". */
    public record Step(String stepId, List<String> reasons) {
    }

    public List<String> stepIds() {
        return steps.stream().map(Step::stepId).toList();
    }
}
