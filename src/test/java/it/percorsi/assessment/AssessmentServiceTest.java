package it.percorsi.assessment;

import static it.percorsi.assessment.AssessmentTestSupport.BEGINNER;
import static it.percorsi.assessment.AssessmentTestSupport.EXPERIENCED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.percorsi.MutableClock;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.account.AccountService;
import it.percorsi.base.FieldErrors;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The assessment service on the fixture library's questionnaire (same question ids as the shipped one, fewer questions). */
@PercorsiTest
class AssessmentServiceTest {

    @Autowired AssessmentService assessments;
    @Autowired AccountService accounts;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;

    @BeforeEach
    void anonymous() {
        TestUsers.anonymousOutsideVaadin();
    }

    @AfterEach
    void cleanUp() {
        TestUsers.logout();
        clock.reset();
    }

    private String loginAsNewReferent(String name) {
        String email = AssessmentTestSupport.newReferent(context, name);
        TestUsers.loginAs(context, email);
        return email;
    }

    @Test
    void answers_are_saved_as_the_referent_goes_and_a_colleague_resumes_them() {
        loginAsNewReferent("Anna Prima");
        assessments.saveSection("servizio", Map.of("tipo_amministrazione", List.of("COMUNE"),
                "tipo_servizio", List.of("SOCIALI"), "canali", List.of("SERVED", "INTERMEDIATED"),
                "utenti_annui", List.of("FINO_1000")), true);
        Long administrationId = accounts.myAdministration().id();

        TestUsers.loginAs(context, AssessmentTestSupport.colleagueOf(context, administrationId, "Bruno Secondo"));
        AssessmentDraft draft = assessments.draft();
        assertThat(draft.answers()).containsEntry("tipo_servizio", List.of("SOCIALI"))
                .containsEntry("canali", List.of("SERVED", "INTERMEDIATED"));
        assertThat(draft.currentSection()).isEqualTo(1);
        assertThat(draft.startedBy()).isEqualTo("Anna Prima");
        assertThat(draft.updatedBy()).isEqualTo("Anna Prima");
    }

    @Test
    void missing_and_invalid_answers_are_reported_per_question_and_valid_ones_are_kept() {
        loginAsNewReferent("Carla Terza");
        assertThatThrownBy(() -> assessments.saveSection("obiettivi", Map.of(
                "obiettivi", List.of("IDEATION", "DECISION", "PRODUCTION", "EVALUATION"),
                "valutatori_civici", List.of("SI", "NO"),
                "pubblicare_impegni", List.of("SI")), true))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors()).containsExactly(
                        Map.entry("obiettivi", "assessment.error.tooMany"),
                        Map.entry("valutatori_civici", "assessment.error.oneOnly")));
        assertThatThrownBy(() -> assessments.saveSection("risorse", Map.of(
                "competenze", List.of("STATISTICA", "NESSUNA"), "persone", List.of("INVENTATA")), true))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors())
                        .containsEntry("competenze", "assessment.error.exclusive")
                        .containsEntry("persone", "assessment.error.unknownOption")
                        .containsEntry("budget", "assessment.error.required"));
        AssessmentDraft draft = assessments.draft();
        assertThat(draft.answers()).containsEntry("pubblicare_impegni", List.of("SI"))
                .doesNotContainKey("persone");
        assertThat(draft.currentSection()).isEqualTo(2); // still on "risorse", the last section with errors
    }

    @Test
    void going_back_saves_without_checking() {
        loginAsNewReferent("Dario Quarto");
        AssessmentDraft draft = assessments.saveSection("esperienza", Map.of("indagini_svolte", List.of("MAI")), false);
        assertThat(draft.answers()).containsEntry("indagini_svolte", List.of("MAI"));
    }

    @Test
    void a_question_asked_only_after_some_answers_is_required_only_then() {
        loginAsNewReferent("Elena Quinta");
        assessments.saveSection("esperienza", Map.of("indagini_svolte", List.of("MAI")), false);
        assertThat(assessments.problems()).doesNotContainKey("metodi_usati").containsKey("reclami");
        assessments.saveSection("esperienza", Map.of("indagini_svolte", List.of("REGOLARI")), false);
        assertThat(assessments.problems()).containsEntry("metodi_usati", "assessment.error.required");
    }

    @Test
    void completing_gives_a_profile_scores_and_history_with_the_previous_assessment() {
        loginAsNewReferent("Franca Sesta");
        assertThat(assessments.latestResult()).isEmpty();
        AssessmentResult first = AssessmentTestSupport.takeAssessment(assessments, BEGINNER);
        assertThat(first.profile().experience()).isEqualTo(ExperienceLevel.NONE);
        assertThat(first.profile().values(Facets.CHANNELS)).containsExactly("SERVED");
        assertThat(first.profile().scores()).hasSize(7);
        assertThat(first.previousScores()).isNull();
        assertThat(first.completedBy()).isEqualTo("Franca Sesta");

        clock.advance(Duration.ofDays(200));
        AssessmentResult second = AssessmentTestSupport.takeAssessment(assessments, EXPERIENCED);
        assertThat(second.profile().experience()).isIn(ExperienceLevel.INTERMEDIATE, ExperienceLevel.ADVANCED);
        assertThat(second.previousScores()).isEqualTo(first.profile().scores());
        assertThat(second.previousCompletedAt()).isEqualTo(first.completedAt());

        assertThat(assessments.history()).extracting(AssessmentSummary::id).containsExactly(second.id(), first.id());
        assertThat(assessments.latestResult().orElseThrow().id()).isEqualTo(second.id());
        // a new draft starts from the answers of the latest assessment
        assertThat(assessments.draft().answers()).containsEntry("metodi_usati", List.of("QUESTIONARIO", "FOCUS_GROUP", "MYSTERY_SHOPPING"))
                .containsEntry("budget", List.of("PICCOLO"));
    }

    @Test
    void completing_with_unanswered_questions_is_refused() {
        loginAsNewReferent("Gino Settimo");
        assessments.saveSection("servizio", Map.of("tipo_amministrazione", List.of("COMUNE")), false);
        assertThatThrownBy(() -> assessments.complete()).isInstanceOfSatisfying(FieldErrors.class,
                e -> assertThat(e.errors()).containsEntry("tipo_servizio", "assessment.error.required"));
        assertThat(assessments.latestResult()).isEmpty();
    }

    @Test
    void referent_cannot_read_another_administrations_assessment() {
        loginAsNewReferent("Ivo Nono");
        AssessmentResult mine = AssessmentTestSupport.takeAssessment(assessments, BEGINNER);
        assertThat(assessments.result(mine.id()).id()).isEqualTo(mine.id());

        TestUsers.loginAs(context, TestUsers.OTHER_REFERENT);
        assertThatThrownBy(() -> assessments.result(mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(assessments.history()).extracting(AssessmentSummary::id).doesNotContain(mine.id());
        assertThat(assessments.draft().id()).isNotEqualTo(mine.id());
    }

    @Test
    void staff_and_anonymous_users_cannot_use_the_assessment() {
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        assertThatThrownBy(() -> assessments.draft()).isInstanceOf(AuthorizationDeniedException.class);
        TestUsers.logout();
        assertThatThrownBy(() -> assessments.history()).isInstanceOf(AccessDeniedException.class);
    }
}
