package it.percorsi.assessment;

import it.percorsi.account.CurrentUser;
import it.percorsi.account.CurrentUserProvider;
import it.percorsi.assessment.internal.Assessment;
import it.percorsi.assessment.internal.AssessmentRepository;
import it.percorsi.base.FieldErrors;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-assessment of the logged-in referent's administration: one shared draft that every
 * referent of the administration can continue, its completion into a profile, and the history.
 * The administration is always the current user's; ids of other administrations are refused.
 */
@Service
public class AssessmentService {

    private final AssessmentRepository assessments;
    private final QuestionnaireDefinitions definitions;
    private final CurrentUserProvider currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentService(AssessmentRepository assessments, QuestionnaireDefinitions definitions,
                      CurrentUserProvider currentUser, ApplicationEventPublisher events, Clock clock) {
        this.assessments = assessments;
        this.definitions = definitions;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public Questionnaire questionnaire() {
        return definitions.current();
    }

    /** The administration's draft, started now if there is none. */
    @PreAuthorize("hasRole('REFERENT')")
    @Transactional
    public AssessmentDraft draft() {
        return toDraft(findOrStartDraft());
    }

    /**
     * Saves the answers of one section. With {@code advance} the section must be complete and valid:
     * otherwise the valid answers are still saved and FieldErrors (question id to message key) is thrown.
     */
    @PreAuthorize("hasRole('REFERENT')")
    @Transactional(noRollbackFor = FieldErrors.class)
    public AssessmentDraft saveSection(String sectionId, Map<String, List<String>> submitted, boolean advance) {
        Questionnaire q = definitions.current();
        int index = sectionIndex(q, sectionId);
        Questionnaire.Section section = q.sections().get(index);
        Assessment draft = findOrStartDraft();
        Map<String, List<String>> cleaned = new LinkedHashMap<>();
        for (Questionnaire.Question question : section.questions()) {
            if (submitted.containsKey(question.id())) {
                cleaned.put(question.id(), AnswerRules.clean(question, submitted.get(question.id())));
            }
        }
        Map<String, List<String>> merged = new LinkedHashMap<>(draft.answers());
        merged.putAll(cleaned);
        Map<String, String> errors = advance ? AnswerRules.errors(q, section.questions(), merged, submitted) : Map.of();
        int next = advance && errors.isEmpty() ? Math.min(index + 1, q.sections().size()) : index;
        draft.answer(cleaned, next, by(), clock.instant());
        assessments.save(draft);
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        return toDraft(draft);
    }

    /** Whether the administration has an assessment in progress (a draft), without starting one. */
    @PreAuthorize("hasRole('REFERENT')")
    @Transactional(readOnly = true)
    public boolean hasDraft() {
        return currentDraft().isPresent();
    }

    /** Unanswered or invalid questions of the whole draft, question id to message key. */
    @PreAuthorize("hasRole('REFERENT')")
    @Transactional(readOnly = true)
    public Map<String, String> problems() {
        Questionnaire q = definitions.current();
        Map<String, List<String>> answers = currentDraft().map(Assessment::answers).orElse(Map.of());
        return AnswerRules.errors(q, q.questions(), answers, Map.of());
    }

    /** Scores the draft, freezes it as completed and announces it (the path is re-planned). */
    @PreAuthorize("hasRole('REFERENT')")
    @Transactional
    public AssessmentResult complete() {
        Questionnaire q = definitions.current();
        Assessment draft = currentDraft().orElseThrow(() -> new IllegalStateException("No assessment in progress"));
        Map<String, String> errors = AnswerRules.errors(q, q.questions(), draft.answers(), Map.of());
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        Profile profile = Scoring.profile(q, draft.answers());
        draft.complete(profile.scores(), profile.facets(), q.checksum(), Scoring.VERSION, by(), clock.instant());
        assessments.save(draft);
        events.publishEvent(new AssessmentCompleted(draft.getId(), draft.getAdministrationId(), profile,
                draft.getUpdatedBy(), draft.getCompletedAt()));
        return toResult(draft);
    }

    @PreAuthorize("hasRole('REFERENT')")
    @Transactional(readOnly = true)
    public AssessmentResult result(Long assessmentId) {
        Assessment a = assessments.findById(assessmentId).filter(x -> x.getStatus() == Assessment.Status.COMPLETED)
                .orElseThrow(() -> new AccessDeniedException("No such assessment"));
        if (!a.getAdministrationId().equals(currentUser.requireAdministrationId())) {
            throw new AccessDeniedException("Assessment of another administration");
        }
        return toResult(a);
    }

    @PreAuthorize("hasRole('REFERENT')")
    @Transactional(readOnly = true)
    public Optional<AssessmentResult> latestResult() {
        return completed(currentUser.requireAdministrationId()).stream().findFirst().map(this::toResult);
    }

    /** Completed assessments of the administration, newest first. */
    @PreAuthorize("hasRole('REFERENT')")
    @Transactional(readOnly = true)
    public List<AssessmentSummary> history() {
        return completed(currentUser.requireAdministrationId()).stream()
                .map(a -> new AssessmentSummary(a.getId(), a.getCompletedAt(), a.getUpdatedBy(),
                        new Profile(a.facets(), a.scores()).experience(), a.scores(), a.getRescoredAt(),
                        a.getExperienceBefore() == null ? null : ExperienceLevel.valueOf(a.getExperienceBefore())))
                .toList();
    }

    private List<Assessment> completed(Long administrationId) {
        return assessments.findByAdministrationIdAndStatusOrderByCompletedAtDescIdDesc(administrationId,
                Assessment.Status.COMPLETED);
    }

    private Optional<Assessment> currentDraft() {
        return assessments.findFirstByAdministrationIdAndStatusOrderByStartedAtDesc(currentUser.requireAdministrationId(),
                Assessment.Status.DRAFT);
    }

    /**
     * A new draft starts from the answers of the latest completed assessment (still valid for the
     * current questionnaire), so a referent who retakes it only changes what changed.
     */
    private Assessment findOrStartDraft() {
        return currentDraft().orElseGet(() -> {
            Long administrationId = currentUser.requireAdministrationId();
            Assessment draft = new Assessment(administrationId, definitions.current().checksum(), by(), clock.instant());
            completed(administrationId).stream().findFirst().ifPresent(previous ->
                    draft.answer(stillValid(definitions.current(), previous.answers()), 0, by(), clock.instant()));
            return assessments.save(draft);
        });
    }

    private static Map<String, List<String>> stillValid(Questionnaire q, Map<String, List<String>> answers) {
        Map<String, List<String>> valid = new LinkedHashMap<>();
        answers.forEach((id, values) -> q.question(id).ifPresent(question -> {
            List<String> cleaned = AnswerRules.clean(question, values);
            if (!cleaned.isEmpty()) {
                valid.put(id, cleaned);
            }
        }));
        return valid;
    }

    private static int sectionIndex(Questionnaire q, String sectionId) {
        for (int i = 0; i < q.sections().size(); i++) {
            if (q.sections().get(i).id().equals(sectionId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unknown section " + sectionId);
    }

    private String by() {
        CurrentUser user = currentUser.require();
        return user.fullName() == null || user.fullName().isBlank() ? user.email() : user.fullName();
    }

    private AssessmentResult toResult(Assessment a) {
        List<Assessment> all = completed(a.getAdministrationId());
        Assessment previous = null;
        for (int i = 0; i < all.size() - 1; i++) {
            if (all.get(i).getId().equals(a.getId())) {
                previous = all.get(i + 1);
            }
        }
        return new AssessmentResult(a.getId(), a.getCompletedAt(), a.getUpdatedBy(), new Profile(a.facets(), a.scores()),
                previous == null ? null : previous.scores(), previous == null ? null : previous.getCompletedAt());
    }

    private static AssessmentDraft toDraft(Assessment a) {
        return new AssessmentDraft(a.getId(), a.answers(), a.getCurrentSection(), a.getStartedBy(), a.getUpdatedBy(),
                a.getUpdatedAt());
    }
}
