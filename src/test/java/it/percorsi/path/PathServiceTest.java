package it.percorsi.path;

import it.percorsi.content.PortalEdits;
import it.percorsi.base.i18n.Localized;
import static it.percorsi.assessment.AssessmentTestSupport.BEGINNER;
import static it.percorsi.assessment.AssessmentTestSupport.EXPERIENCED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.percorsi.MutableClock;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.assessment.AssessmentService;
import it.percorsi.assessment.AssessmentTestSupport;
import it.percorsi.base.FieldErrors;
import it.percorsi.content.ContentKind;
import it.percorsi.content.ContentRevisionService;
import it.percorsi.content.GuideService;
import it.percorsi.content.PortalEdit;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * The path service on the fixture library (src/test/resources/fixture-library): template
 * {@code primo-ascolto-sportello} with its optional steps for BEGINNER, {@code valutare-con-i-cittadini}
 * for EXPERIENCED. Ids, titles and hours below are the fixture's, so editing content/ never breaks this test.
 */
@PercorsiTest
class PathServiceTest {

    @Autowired PathService paths;
    @Autowired AssessmentService assessments;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;
    @Autowired GuideService guides;
    @Autowired ContentRevisionService revisions;

    @BeforeEach
    void anonymous() {
        TestUsers.anonymousOutsideVaadin();
    }

    @AfterEach
    void cleanUp() {
        TestUsers.logout();
        clock.reset();
    }

    /** The version of a step as the path page shows it now (0 for a step the user cannot see). */
    private long seen(Long stepId) {
        return paths.currentPath().stream().flatMap(p -> p.steps().stream()).filter(s -> s.id().equals(stepId))
                .findFirst().map(PathStepView::version).orElse(0L);
    }

    private void newReferent(String name) {
        TestUsers.loginAs(context, AssessmentTestSupport.newReferent(context, name));
    }

    private static PathStepView step(PathOverview path, String stepId) {
        return path.steps().stream().filter(s -> s.stepId().equals(stepId)).findFirst().orElseThrow();
    }

    @Test
    void there_is_no_path_before_the_first_assessment() {
        newReferent("Luca Uno");
        assertThat(paths.currentPath()).isEmpty();
        assertThat(paths.nextStep()).isEmpty();
    }

    @Test
    void completing_an_assessment_plans_the_path_with_its_reasons_and_links() {
        newReferent("Luca Due");
        AssessmentTestSupport.takeAssessment(assessments, BEGINNER);
        PathOverview path = paths.currentPath().orElseThrow();
        assertThat(path.templateId()).isEqualTo("primo-ascolto-sportello");
        // the optional step with position: start first, then the template's steps in order with the
        // optional ones after their "after" step; chiedere-a-tutti is left out by its when (usersReached)
        assertThat(path.steps()).extracting(PathStepView::stepId).containsExactly("sostegno-della-dirigenza",
                "chiarire-il-servizio", "preparare-le-domande", "raccogliere-le-risposte", "osservatori-in-incognito",
                "cartoline-di-gradimento", "leggere-le-risposte", "tempi-allo-sportello", "restituire-i-risultati");
        assertThat(path.steps()).allSatisfy(s -> {
            assertThat(s.reasons()).isNotEmpty();
            assertThat(s.status()).isEqualTo(StepStatus.TODO);
        });
        PathStepView mystery = step(path, "osservatori-in-incognito");
        assertThat(mystery.reasons()).singleElement().extracting(Localized::it).asString()
                .isEqualTo("il servizio si svolge allo sportello, dove un osservatore vede quello che un questionario non dice.");
        assertThat(mystery.guides()).extracting(PathStepView.ContentLink::route).containsExactly("guide/utente-in-incognito");
        assertThat(mystery.guides().getFirst().title().it()).isEqualTo("L'utente in incognito"); // title from the guide's front matter
        assertThat(mystery.tools()).extracting(PathStepView.ContentLink::route).containsExactly("strumenti/griglia-osservazione");
        // a template step shows the template's reason
        assertThat(step(path, "chiarire-il-servizio").reasons()).extracting(Localized::it)
                .containsExactly("la tua esperienza di ascolto è agli inizi, quindi conviene provare il ciclo intero su un solo sportello.");
        assertThat(path.progressPercent()).isZero();
        assertThat(path.totalEffortHours()).isEqualTo(path.remainingEffortHours()).isEqualTo(57);
        assertThat(paths.nextStep().orElseThrow().title().it()).isEqualTo("Convincere la dirigenza a sostenere l'ascolto");
    }

    @Test
    void the_plan_keeps_the_time_available_and_the_steps_left_out_with_the_reason() {
        newReferent("Luca Tempo");
        var few = new java.util.LinkedHashMap<>(BEGINNER);
        few.putAll(java.util.Map.of("persone", java.util.List.of("NESSUNO"), "budget", java.util.List.of("NESSUNO"),
                "competenze", java.util.List.of("NESSUNA"), "strumenti_online", java.util.List.of("NO")));
        AssessmentTestSupport.takeAssessment(assessments, few);
        PathOverview path = paths.currentPath().orElseThrow();
        assertThat(path.hoursPerWeek()).isEqualTo(3);
        assertThat(path.budgetWeeks()).isEqualTo(26);
        assertThat(path.totalEffortHours()).isEqualTo(45);
        assertThat(path.estimatedWeeks()).isEqualTo(15);
        assertThat(path.overBudget()).isFalse();
        // osservatori-in-incognito is excluded by its unless (scarce resources), tempi-allo-sportello by the limit of two
        assertThat(path.steps()).extracting(PathStepView::stepId).doesNotContain("tempi-allo-sportello", "osservatori-in-incognito")
                .contains("sostegno-della-dirigenza", "cartoline-di-gradimento");
        assertThat(path.leftOut()).singleElement().satisfies(l -> {
            assertThat(l.stepId()).isEqualTo("tempi-allo-sportello");
            assertThat(l.title().it()).isEqualTo("Misurare i tempi di attesa allo sportello");
            assertThat(l.why()).isEqualTo("RESOURCES");
            assertThat(l.reason().it()).isEqualTo("con risorse scarse conviene aggiungere al massimo due passi.");
        });
    }

    @Test
    void a_faq_edited_in_the_portal_shows_its_new_question_on_the_path() {
        String referent = AssessmentTestSupport.newReferent(context, "Luca Faq");
        TestUsers.loginAs(context, referent);
        AssessmentTestSupport.takeAssessment(assessments, BEGINNER);
        PathStepView.ContentLink faq = paths.currentPath().orElseThrow().steps().stream()
                .flatMap(s -> s.faqs().stream()).findFirst().orElseThrow();
        TestUsers.loginAs(context, TestUsers.TRAINER);
        var original = guides.findFaq(faq.slug()).orElseThrow();
        PortalEdits.publish(context, ContentKind.FAQ, faq.slug(),
                new PortalEdit("Domanda riscritta nel portale?", "", "Risposta.", null));
        try {
            TestUsers.loginAs(context, referent);
            assertThat(paths.currentPath().orElseThrow().steps().stream().flatMap(s -> s.faqs().stream())
                    .filter(f -> f.slug().equals(faq.slug()))).extracting(f -> f.title().it())
                    .isNotEmpty().containsOnly("Domanda riscritta nel portale?");
        } finally {
            TestUsers.loginAs(context, TestUsers.TRAINER);
            PortalEdits.publish(context, ContentKind.FAQ, faq.slug(),
                    new PortalEdit(original.question().it(), "", "Risposta.", null));
        }
    }

    @Test
    void status_notes_and_self_checks_are_saved_and_the_history_says_who_did_it() {
        newReferent("Luca Tre");
        AssessmentTestSupport.takeAssessment(assessments, BEGINNER);
        PathOverview path = paths.currentPath().orElseThrow();
        Long first = path.steps().get(0).id();
        Long second = path.steps().get(1).id();

        paths.changeStatus(first, seen(first), StepStatus.DONE, null);
        paths.changeStatus(second, seen(second), StepStatus.IN_PROGRESS, null);
        paths.saveNotes(second, seen(second), "Riunione con l'ufficio anagrafe il 3 marzo");
        PathStepView checked = paths.answerCheck(second, "ruolo", true);
        assertThat(checked.checks()).filteredOn(PathStepView.SelfCheckView::done).extracting(PathStepView.SelfCheckView::id)
                .containsExactly("ruolo");

        PathOverview after = paths.currentPath().orElseThrow();
        assertThat(after.steps().get(0).status()).isEqualTo(StepStatus.DONE);
        assertThat(after.steps().get(1).notes()).isEqualTo("Riunione con l'ufficio anagrafe il 3 marzo");
        assertThat(after.currentStep().orElseThrow().id()).isEqualTo(second);
        assertThat(after.progressPercent()).isEqualTo(11); // 1 of 9
        NextStep next = paths.nextStep().orElseThrow();
        assertThat(next.route()).isEqualTo("percorso/" + second);
        assertThat(next.status()).isEqualTo(StepStatus.IN_PROGRESS);
        assertThat(paths.history(10)).extracting(PathChangeEntry::action)
                .containsExactly("CHECK", "NOTES", "STATUS", "STATUS", "PLANNED");
        assertThat(paths.history(10)).allSatisfy(h -> assertThat(h.by()).isEqualTo("Luca Tre"));
    }

    @Test
    void skipping_needs_a_reason() {
        newReferent("Luca Quattro");
        AssessmentTestSupport.takeAssessment(assessments, BEGINNER);
        Long id = paths.currentPath().orElseThrow().steps().getFirst().id();
        assertThatThrownBy(() -> paths.changeStatus(id, seen(id), StepStatus.SKIPPED, "  "))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors())
                        .containsEntry("skipReason", "path.error.skipReasonRequired"));
        PathStepView skipped = paths.changeStatus(id, seen(id), StepStatus.SKIPPED, "La dirigenza ci sostiene già");
        assertThat(skipped.skipReason()).isEqualTo("La dirigenza ci sostiene già");
        assertThat(paths.currentPath().orElseThrow().progressPercent()).isEqualTo(11); // 1 of 9
    }

    @Test
    void a_new_assessment_replans_keeping_the_progress_of_remaining_steps_and_the_dropped_ones() {
        newReferent("Luca Cinque");
        AssessmentTestSupport.takeAssessment(assessments, BEGINNER);
        PathOverview before = paths.currentPath().orElseThrow();
        Long waiting = step(before, "tempi-allo-sportello").id();
        Long rethink = step(before, "chiarire-il-servizio").id();
        paths.changeStatus(waiting, seen(waiting), StepStatus.IN_PROGRESS, null);
        paths.saveNotes(waiting, seen(waiting), "Tre visite fatte");
        paths.answerCheck(waiting, "fasce", true);
        paths.changeStatus(rethink, seen(rethink), StepStatus.DONE, null);

        clock.advance(Duration.ofDays(180));
        AssessmentTestSupport.takeAssessment(assessments, EXPERIENCED);
        PathOverview after = paths.currentPath().orElseThrow();
        assertThat(after.templateId()).isEqualTo("valutare-con-i-cittadini");
        PathStepView kept = step(after, "tempi-allo-sportello");
        assertThat(kept.id()).isEqualTo(waiting);
        assertThat(kept.status()).isEqualTo(StepStatus.IN_PROGRESS);
        assertThat(kept.notes()).isEqualTo("Tre visite fatte");
        assertThat(kept.checks()).singleElement().satisfies(c -> assertThat(c.done()).isTrue());
        assertThat(after.steps()).extracting(PathStepView::stepId).containsExactly("formare-i-valutatori",
                "visitare-lo-sportello", "discutere-gli-esiti", "cartoline-di-gradimento", "tempi-allo-sportello");
        assertThat(after.droppedSteps()).extracting(PathStepView::stepId)
                .contains("chiarire-il-servizio", "sostegno-della-dirigenza", "osservatori-in-incognito");
        // a template step whose done_when holds is left out as already done, with its reason
        assertThat(after.leftOut()).singleElement().satisfies(l -> {
            assertThat(l.stepId()).isEqualTo("gestire-i-reclami");
            assertThat(l.why()).isEqualTo("ALREADY_DONE");
            assertThat(l.reason().it()).isEqualTo("leggete già i reclami ogni mese.");
        });
        assertThat(after.droppedSteps()).filteredOn(s -> s.id().equals(rethink)).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(StepStatus.DONE));
        assertThat(paths.history(100)).extracting(PathChangeEntry::action).contains("REPLANNED", "STEP_DROPPED", "STEP_ADDED");

        clock.advance(Duration.ofDays(180));
        AssessmentTestSupport.takeAssessment(assessments, BEGINNER);
        PathOverview back = paths.currentPath().orElseThrow();
        assertThat(step(back, "chiarire-il-servizio").id()).isEqualTo(rethink);
        assertThat(step(back, "chiarire-il-servizio").status()).isEqualTo(StepStatus.DONE);
    }

    @Test
    void referent_cannot_read_or_change_another_administrations_path() {
        newReferent("Luca Sei");
        AssessmentTestSupport.takeAssessment(assessments, BEGINNER);
        PathOverview mine = paths.currentPath().orElseThrow();
        Long stepId = mine.steps().getFirst().id();

        TestUsers.loginAs(context, TestUsers.OTHER_REFERENT);
        assertThatThrownBy(() -> paths.changeStatus(stepId, 0L, StepStatus.DONE, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> paths.saveNotes(stepId, 0L, "intruso")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> paths.answerCheck(stepId, "impegno", true)).isInstanceOf(AccessDeniedException.class);
        assertThat(paths.currentPath().map(PathOverview::planId)).isNotEqualTo(java.util.Optional.of(mine.planId()));

        TestUsers.loginAs(context, TestUsers.HELPDESK);
        assertThatThrownBy(() -> paths.currentPath()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void notes_with_a_lone_surrogate_are_refused_with_a_field_message() {
        newReferent("Luca Otto");
        AssessmentTestSupport.takeAssessment(assessments, BEGINNER);
        Long id = paths.currentPath().orElseThrow().steps().getFirst().id();
        assertThatThrownBy(() -> paths.saveNotes(id, seen(id), "mezzo \uD83D carattere"))
                .isInstanceOfSatisfying(it.percorsi.base.FieldErrors.class,
                        e -> assertThat(e.errors()).containsEntry("notes", "validation.text.invalid"));
        assertThat(paths.currentPath().orElseThrow().steps().getFirst().notes()).isNull();
    }

    @Test
    void an_unknown_self_check_is_refused() {
        newReferent("Luca Sette");
        AssessmentTestSupport.takeAssessment(assessments, BEGINNER);
        Long id = paths.currentPath().orElseThrow().steps().getFirst().id();
        assertThatThrownBy(() -> paths.answerCheck(id, "inventato", true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void two_referents_saving_the_same_step_from_stale_pages_get_a_conflict_not_a_silent_overwrite() {
        String first = AssessmentTestSupport.newReferent(context, "Prima Referente");
        TestUsers.loginAs(context, first);
        AssessmentTestSupport.takeAssessment(assessments, BEGINNER);
        Long administrationId = context.getBean(it.percorsi.account.AccountService.class).myAdministration().id();
        String second = AssessmentTestSupport.colleagueOf(context, administrationId, "Seconda Referente");
        TestUsers.loginAs(context, first);
        Long id = paths.currentPath().orElseThrow().steps().getFirst().id();

        // both open the step: it has no notes and is still to do
        long pageOfFirst = seen(id);
        TestUsers.loginAs(context, second);
        long pageOfSecond = seen(id);

        TestUsers.loginAs(context, first);
        paths.saveNotes(id, pageOfFirst, "Testo della prima referente");
        TestUsers.loginAs(context, second);
        assertThatThrownBy(() -> paths.saveNotes(id, pageOfSecond, "Testo della seconda"))
                .isInstanceOfSatisfying(it.percorsi.path.StepChangedMeanwhile.class, e -> {
                    assertThat(e.current().notes()).isEqualTo("Testo della prima referente");
                    assertThat(e.current().updatedBy()).isEqualTo("Prima Referente");
                });
        assertThat(step(paths.currentPath().orElseThrow(), id).notes()).isEqualTo("Testo della prima referente");

        // the same for the status: one marks it done, the other (still seeing "to do") skips it
        long beforeDone = seen(id);
        TestUsers.loginAs(context, first);
        paths.changeStatus(id, seen(id), StepStatus.DONE, null);
        TestUsers.loginAs(context, second);
        assertThatThrownBy(() -> paths.changeStatus(id, beforeDone, StepStatus.SKIPPED, "Non serve"))
                .isInstanceOfSatisfying(it.percorsi.path.StepChangedMeanwhile.class,
                        e -> assertThat(e.current().status()).isEqualTo(StepStatus.DONE));
        assertThat(step(paths.currentPath().orElseThrow(), id).status()).isEqualTo(StepStatus.DONE);

        // stress: 2 x 50 alternating saves, each made from a page loaded before the other's save
        int acknowledged = 0;
        int conflicts = 0;
        for (int i = 0; i < 50; i++) {
            TestUsers.loginAs(context, first);
            long a = seen(id);
            TestUsers.loginAs(context, second);
            long b = seen(id);
            for (var turn : new Object[][] {{first, a, "prima " + i}, {second, b, "seconda " + i}}) {
                TestUsers.loginAs(context, (String) turn[0]);
                try {
                    paths.saveNotes(id, (long) turn[1], (String) turn[2]);
                    acknowledged++;
                } catch (it.percorsi.path.StepChangedMeanwhile e) {
                    conflicts++;
                }
            }
        }
        System.out.printf("Stale-page stress: %d saves acknowledged, %d refused as conflicts, 0 silent overwrites%n",
                acknowledged, conflicts);
        assertThat(acknowledged).isEqualTo(50);
        assertThat(conflicts).isEqualTo(50);
        assertThat(step(paths.currentPath().orElseThrow(), id).notes()).isEqualTo("prima 49");
    }

    private static PathStepView step(PathOverview path, Long id) {
        return path.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }
}
