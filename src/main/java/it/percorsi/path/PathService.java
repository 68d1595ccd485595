package it.percorsi.path;

import it.percorsi.account.CurrentUser;
import it.percorsi.account.CurrentUserProvider;
import it.percorsi.assessment.AssessmentService;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.WellFormedText;
import it.percorsi.content.ContentRoutes;
import it.percorsi.path.internal.PathChange;
import it.percorsi.path.internal.PathChangeRepository;
import it.percorsi.path.internal.PathPlan;
import it.percorsi.path.internal.PathPlanRepository;
import it.percorsi.path.internal.PathPlanner;
import it.percorsi.path.internal.PathStep;
import it.percorsi.path.internal.PathStepRepository;
import it.percorsi.base.i18n.Localized;
import java.time.Clock;
import java.util.function.Function;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recommended path of the logged-in referent's administration, shared by all its referents:
 * steps with status, notes and self-checks, the history of changes and the next step for the
 * home page. Step ids of another administration are refused.
 */
@Service
public class PathService {

    public static final int NOTES_MAX_LENGTH = PathLimits.NOTES_MAX_LENGTH;
    public static final int SKIP_REASON_MAX_LENGTH = PathLimits.SKIP_REASON_MAX_LENGTH;

    private final PathPlanRepository plans;
    private final PathStepRepository steps;
    private final PathChangeRepository changes;
    private final PathPlanner planner;
    private final PathDefinitions definitions;
    private final ContentTitles titles;
    private final AssessmentService assessments;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    PathService(PathPlanRepository plans, PathStepRepository steps, PathChangeRepository changes, PathPlanner planner,
                PathDefinitions definitions, ContentTitles titles, AssessmentService assessments,
                CurrentUserProvider currentUser, Clock clock) {
        this.plans = plans;
        this.steps = steps;
        this.changes = changes;
        this.planner = planner;
        this.definitions = definitions;
        this.titles = titles;
        this.assessments = assessments;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The path, planned now from the latest assessment if it was never planned; empty before any assessment. */
    @PreAuthorize("hasRole('REFERENT')")
    @Transactional
    public Optional<PathOverview> currentPath() {
        Long administrationId = currentUser.requireAdministrationId();
        Optional<PathPlan> plan = plans.findByAdministrationId(administrationId);
        if (plan.isEmpty()) {
            plan = assessments.latestResult().map(r -> planner.replan(definitions.current(), administrationId, r.id(),
                    r.profile(), r.completedBy()));
        }
        return plan.map(this::overview);
    }

    @PreAuthorize("hasRole('REFERENT')")
    @Transactional(readOnly = true)
    public Optional<NextStep> nextStep() {
        return plans.findByAdministrationId(currentUser.requireAdministrationId()).map(this::overview)
                .map(o -> {
                    int finished = (int) o.steps().stream().filter(s -> s.status().finished()).count();
                    PathStepView current = o.currentStep().orElse(null);
                    return new NextStep(current == null ? null : current.id(), current == null ? null : current.title(),
                            current == null ? null : current.status(),
                            current == null ? PathRoutes.PATH : PathRoutes.step(current.id()), o.templateTitle(),
                            o.progressPercent(), finished, o.steps().size());
                });
    }

    /**
     * Sets a step's status; SKIPPED needs a reason (FieldErrors on "skipReason"). {@code seenVersion}
     * is the step's version the page showed: if someone changed the step since, nothing is written
     * and {@link StepChangedMeanwhile} carries their version.
     */
    @PreAuthorize("hasRole('REFERENT')")
    @Transactional
    public PathStepView changeStatus(Long stepId, long seenVersion, StepStatus status, String skipReason) {
        PathStep step = ownedActiveStep(stepId);
        requireUnchanged(step, seenVersion);
        if (status == StepStatus.SKIPPED && (skipReason == null || skipReason.isBlank())) {
            throw FieldErrors.of("skipReason", "path.error.skipReasonRequired");
        }
        if (skipReason != null && skipReason.length() > SKIP_REASON_MAX_LENGTH) {
            throw FieldErrors.of("skipReason", "path.error.tooLong");
        }
        if (!WellFormedText.isWellFormed(skipReason)) {
            throw FieldErrors.of("skipReason", WellFormedText.MESSAGE_KEY);
        }
        step.changeStatus(status, skipReason, by(), clock.instant());
        log(step, PathChange.Action.STATUS, status == StepStatus.SKIPPED ? status.name() + ": " + skipReason.strip()
                : status.name());
        return written(step);
    }

    @PreAuthorize("hasRole('REFERENT')")
    @Transactional
    public PathStepView saveNotes(Long stepId, long seenVersion, String notes) {
        PathStep step = ownedActiveStep(stepId);
        requireUnchanged(step, seenVersion);
        if (notes != null && notes.length() > NOTES_MAX_LENGTH) {
            throw FieldErrors.of("notes", "path.error.tooLong");
        }
        if (!WellFormedText.isWellFormed(notes)) {
            throw FieldErrors.of("notes", WellFormedText.MESSAGE_KEY);
        }
        step.setNotes(notes, by(), clock.instant());
        log(step, PathChange.Action.NOTES, null);
        return written(step);
    }

    @PreAuthorize("hasRole('REFERENT')")
    @Transactional
    public PathStepView answerCheck(Long stepId, String checkId, boolean done) {
        PathStep step = ownedActiveStep(stepId);
        boolean known = definitions.current().step(step.getStepId()).stream()
                .flatMap(d -> d.checks().stream()).anyMatch(c -> c.id().equals(checkId));
        if (!known) {
            throw new IllegalArgumentException("Step " + step.getStepId() + " has no self-check " + checkId);
        }
        step.answerCheck(checkId, done, by(), clock.instant());
        log(step, PathChange.Action.CHECK, checkId + (done ? ": yes" : ": no"));
        return view(step, definitions.current().stepsById(), false, titles);
    }

    /** Who changed what, newest first. */
    @PreAuthorize("hasRole('REFERENT')")
    @Transactional(readOnly = true)
    public List<PathChangeEntry> history(int limit) {
        Function<String, Localized> stepTitles = historyTitles();
        return plans.findByAdministrationId(currentUser.requireAdministrationId())
                .map(plan -> changes.findByPlanIdOrderByChangedAtDescIdDesc(plan.getId(),
                                PageRequest.of(0, Math.max(1, Math.min(limit, 500)))).stream()
                        .map(c -> new PathChangeEntry(c.getChangedAt(), c.getChangedBy(), stepTitles.apply(c.getStepTitle()),
                                c.getAction().name(), c.getDetail()))
                        .toList())
                .orElse(List.of());
    }

    private void requireUnchanged(PathStep step, long seenVersion) {
        if (step.getVersion() != seenVersion) {
            throw new StepChangedMeanwhile(view(step, definitions.current().stepsById(), false, titles));
        }
    }

    /**
     * Flushes now so that a save racing another one on the same version fails here (the entity's
     * {@code @Version}) and is reported like any other change made meanwhile.
     */
    private PathStepView written(PathStep step) {
        try {
            steps.flush();
        } catch (org.springframework.dao.OptimisticLockingFailureException raced) {
            throw new StepChangedMeanwhile(null);
        }
        return view(step, definitions.current().stepsById(), false, titles);
    }

    /** One page of the history, newest first (page 0 is the newest), and whether older rows exist. */
    @PreAuthorize("hasRole('REFERENT')")
    @Transactional(readOnly = true)
    public PathHistoryPage historyPage(int page, int size) {
        int safePage = Math.max(0, page);
        Function<String, Localized> stepTitles = historyTitles();
        return plans.findByAdministrationId(currentUser.requireAdministrationId())
                .map(plan -> {
                    var slice = changes.findSliceByPlanIdOrderByChangedAtDescIdDesc(plan.getId(),
                            PageRequest.of(safePage, Math.max(1, Math.min(size, 200))));
                    return new PathHistoryPage(slice.getContent().stream()
                            .map(c -> new PathChangeEntry(c.getChangedAt(), c.getChangedBy(), stepTitles.apply(c.getStepTitle()),
                                    c.getAction().name(), c.getDetail()))
                            .toList(), safePage, slice.hasNext());
                })
                .orElse(new PathHistoryPage(List.of(), 0, false));
    }

    /** Titles stored with the history, with their English version while the library still has them. */
    private Function<String, Localized> historyTitles() {
        Function<String, Localized> localize = definitions.current().localizer();
        return stored -> stored == null ? null : localize.apply(stored);
    }

    private PathStep ownedActiveStep(Long stepId) {
        PathStep step = steps.findById(stepId).orElseThrow(() -> new AccessDeniedException("No such step"));
        PathPlan plan = plans.findById(step.getPlanId()).orElseThrow();
        if (!plan.getAdministrationId().equals(currentUser.requireAdministrationId())) {
            throw new AccessDeniedException("Step of another administration");
        }
        if (!step.isActive()) {
            throw new IllegalStateException("The step is no longer part of the path");
        }
        return step;
    }

    private void log(PathStep step, PathChange.Action action, String detail) {
        changes.save(new PathChange(step.getPlanId(), step, action, detail, by(), clock.instant()));
    }

    private String by() {
        CurrentUser user = currentUser.require();
        return user.fullName() == null || user.fullName().isBlank() ? user.email() : user.fullName();
    }

    private PathOverview overview(PathPlan plan) {
        PathLibrary library = definitions.current();
        Map<String, StepDefinition> definitionsById = library.stepsById();
        List<PathStep> all = steps.findByPlanIdOrderByPosition(plan.getId());
        List<PathStep> active = all.stream().filter(PathStep::isActive).toList();
        PathStep current = active.stream().filter(s -> s.getStatus() == StepStatus.IN_PROGRESS).findFirst()
                .or(() -> active.stream().filter(s -> s.getStatus() == StepStatus.TODO).findFirst()).orElse(null);
        ContentTitles pageTitles = titles.snapshot(); // every link's title from one query per kind
        List<PathStepView> views = new ArrayList<>();
        for (PathStep s : active) {
            views.add(view(s, definitionsById, s == current, pageTitles));
        }
        List<PathStepView> dropped = all.stream().filter(s -> !s.isActive())
                .map(s -> view(s, definitionsById, false, pageTitles)).toList();
        long finished = views.stream().filter(v -> v.status().finished()).count();
        int progress = views.isEmpty() ? 0 : (int) Math.round(100.0 * finished / views.size());
        double total = views.stream().mapToDouble(PathStepView::effortHours).sum();
        double remaining = views.stream().filter(v -> !v.status().finished()).mapToDouble(PathStepView::effortHours).sum();
        Localized summary = library.template(plan.getTemplateId()).map(PathTemplate::summary).orElse(Localized.EMPTY);
        Function<String, Localized> localize = library.localizer();
        List<PathOverview.LeftOutView> leftOut = plan.leftOut().stream()
                .map(l -> new PathOverview.LeftOutView(l.stepId(), Optional.ofNullable(definitionsById.get(l.stepId()))
                        .map(StepDefinition::title).orElse(Localized.italian(l.stepId())), l.why(),
                        localize.apply(l.reason())))
                .toList();
        return new PathOverview(plan.getId(), plan.getTemplateId(), localize.apply(plan.getTemplateTitle()), summary,
                localize.apply(plan.getTemplateReason()), plan.getPlannedAt(), progress, total, remaining, views, dropped,
                plan.getHoursPerWeek(), plan.getBudgetWeeks(), leftOut);
    }

    private PathStepView view(PathStep s, Map<String, StepDefinition> definitionsById, boolean current,
                              ContentTitles titles) {
        Optional<StepDefinition> d = Optional.ofNullable(definitionsById.get(s.getStepId()));
        List<PathStepView.ContentLink> guides = d.map(x -> x.guides().stream()
                .map(g -> new PathStepView.ContentLink(g, titles.guideTitle(g).orElse(Localized.italian(g)),
                        ContentRoutes.guide(g)))
                .toList()).orElse(List.of());
        List<PathStepView.ContentLink> tools = d.map(x -> x.tools().stream()
                .map(t -> new PathStepView.ContentLink(t, titles.toolTitle(t).orElse(Localized.italian(t)),
                        ContentRoutes.tool(t)))
                .toList()).orElse(List.of());
        List<PathStepView.ContentLink> faqs = d.map(x -> x.faqs().stream()
                .map(f -> new PathStepView.ContentLink(f, titles.faqQuestion(f).orElse(Localized.italian(f)),
                        ContentRoutes.faq(f)))
                .toList())
                .orElse(List.of());
        var done = s.getChecksDone();
        List<PathStepView.SelfCheckView> checks = d.map(x -> x.checks().stream()
                .map(c -> new PathStepView.SelfCheckView(c.id(), c.text(), done.contains(c.id()))).toList())
                .orElse(List.of());
        // the title and reasons stored with the plan are Italian; the library gives their English
        Function<String, Localized> localize = definitions.current().localizer();
        Localized title = d.map(StepDefinition::title).filter(t -> t.it().equals(s.getTitle()))
                .orElseGet(() -> localize.apply(s.getTitle()));
        return new PathStepView(s.getId(), s.getStepId(), s.getPosition() + 1, title,
                d.map(StepDefinition::summary).orElse(Localized.EMPTY), d.map(StepDefinition::effortHours).orElse(0d),
                s.getStatus(), s.getSkipReason(), s.getNotes(), s.getReasons().stream().map(localize).toList(),
                guides, tools, faqs, checks,
                s.getUpdatedBy(), s.getUpdatedAt(), s.getDroppedAt(), current, d.isPresent(), s.getVersion());
    }
}
