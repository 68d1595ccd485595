package it.percorsi.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@PercorsiTest
class AssessmentRescoringTest {

    @Autowired AssessmentService assessments;
    @Autowired AssessmentRescoring rescoring;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void an_assessment_scored_with_older_rules_is_rescored_once_and_the_history_says_so() {
        TestUsers.loginAs(context, AssessmentTestSupport.newReferent(context, "Rita Ricalcolo"));
        AssessmentResult done = AssessmentTestSupport.takeAssessment(assessments, AssessmentTestSupport.EXPERIENCED);
        var current = done.profile().scores();
        // as if completed before migration V9: old rules, other scores, a lower level
        jdbc.update("update assessment set scoring_version = 1 where id = ?", done.id());
        jdbc.update("update assessment_score set score = 10 where assessment_id = ?", done.id());
        jdbc.update("update assessment_facet set facet_values = 'BASIC' where assessment_id = ? and facet = 'experience'",
                done.id());
        assertThat(assessments.history().getFirst().experience()).isEqualTo(ExperienceLevel.BASIC);

        assertThat(rescoring.rescoreOutdated()).isGreaterThanOrEqualTo(1);

        AssessmentSummary row = assessments.history().getFirst();
        assertThat(row.id()).isEqualTo(done.id());
        assertThat(row.scores()).isEqualTo(current);
        assertThat(row.experience()).isEqualTo(done.profile().experience());
        assertThat(row.experienceBefore()).isEqualTo(ExperienceLevel.BASIC);
        assertThat(row.rescoredAt()).isNotNull();
        assertThat(row.completedAt()).isEqualTo(done.completedAt());
        assertThat(jdbc.queryForObject("select scores_before from assessment where id = ?", String.class, done.id()))
                .contains("metodi=10");
        assertThat(rescoring.rescoreOutdated()).isZero();
    }

    @Test
    void a_new_assessment_is_scored_with_the_current_rules_and_has_no_note() {
        TestUsers.loginAs(context, AssessmentTestSupport.newReferent(context, "Nino Nuovo"));
        AssessmentResult done = AssessmentTestSupport.takeAssessment(assessments, AssessmentTestSupport.BEGINNER);
        assertThat(jdbc.queryForObject("select scoring_version from assessment where id = ?", Integer.class, done.id()))
                .isEqualTo(Scoring.VERSION);
        assertThat(assessments.history().getFirst().rescoredAt()).isNull();
    }
}
