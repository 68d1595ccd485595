package it.percorsi.path.internal;

import it.percorsi.assessment.AssessmentCompleted;
import it.percorsi.assessment.Profile;
import it.percorsi.path.PathDefinitions;
import it.percorsi.path.PathLibrary;
import it.percorsi.path.Recommendation;
import it.percorsi.path.RecommendationEngine;
import it.percorsi.path.StepDefinition;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans and re-plans an administration's path. Steps that stay keep their status, notes and
 * self-check answers; steps that drop out are kept inactive (and in the history), never deleted.
 */
@Component
public class PathPlanner {

    private final PathPlanRepository plans;
    private final PathStepRepository steps;
    private final PathChangeRepository changes;
    private final PathDefinitions definitions;
    private final Clock clock;

    PathPlanner(PathPlanRepository plans, PathStepRepository steps, PathChangeRepository changes,
                PathDefinitions definitions, Clock clock) {
        this.definitions = definitions;
        this.plans = plans;
        this.steps = steps;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * After the assessment committed, in its own transaction: a failed re-plan never loses the
     * assessment, and Spring Modulith's event publication registry keeps the event until a
     * re-plan succeeds (resubmitted on restart and by {@code FailedEventRetry}).
     */
    @ApplicationModuleListener
    public void onAssessmentCompleted(AssessmentCompleted event) {
        replan(definitions.current(), event.administrationId(), event.assessmentId(), event.profile(),
                event.completedBy());
    }

    @Transactional
    public PathPlan replan(PathLibrary library, Long administrationId, Long assessmentId, Profile profile, String by) {
        Recommendation rec = RecommendationEngine.recommend(library, profile);
        Instant now = clock.instant();
        PathPlan plan = plans.findByAdministrationId(administrationId).orElseGet(() -> new PathPlan(administrationId));
        boolean first = plan.getId() == null;
        String previousTitle = plan.getTemplateTitle();
        plan.plan(rec.templateId(), rec.templateTitle(), rec.templateReason(), assessmentId, now);
        plan.budget(rec.hoursPerWeek(), rec.budgetWeeks(), rec.leftOut().stream()
                .map(l -> new PathPlan.LeftOutStep(l.stepId(), l.why().name(), l.reason())).toList());
        plan = plans.save(plan);
        changes.save(new PathChange(plan.getId(), null, first ? PathChange.Action.PLANNED : PathChange.Action.REPLANNED,
                first || previousTitle.equals(rec.templateTitle()) ? rec.templateTitle()
                        : previousTitle + " → " + rec.templateTitle(), by, now));

        Map<String, PathStep> existing = new LinkedHashMap<>();
        steps.findByPlanIdOrderByPosition(plan.getId()).forEach(s -> existing.put(s.getStepId(), s));
        Map<String, StepDefinition> definitions = library.stepsById();
        List<Recommendation.Step> recommended = rec.steps();
        for (int i = 0; i < recommended.size(); i++) {
            Recommendation.Step r = recommended.get(i);
            PathStep step = existing.remove(r.stepId());
            boolean added = step == null || !step.isActive();
            if (step == null) {
                step = new PathStep(plan.getId(), r.stepId(), definitions.get(r.stepId()).title().it(), now);
            }
            step.place(i, definitions.get(r.stepId()).title().it(), r.reasons());
            step = steps.save(step);
            if (added && !first) {
                changes.save(new PathChange(plan.getId(), step, PathChange.Action.STEP_ADDED, null, by, now));
            }
        }
        for (PathStep gone : existing.values()) {
            if (gone.isActive()) {
                gone.drop(now);
                steps.save(gone);
                changes.save(new PathChange(plan.getId(), gone, PathChange.Action.STEP_DROPPED, null, by, now));
            }
        }
        return plan;
    }
}
