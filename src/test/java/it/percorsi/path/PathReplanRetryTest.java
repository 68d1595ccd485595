package it.percorsi.path;

import static it.percorsi.assessment.AssessmentTestSupport.BEGINNER;
import static it.percorsi.assessment.AssessmentTestSupport.EXPERIENCED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;

import it.percorsi.MutableClock;
import it.percorsi.TestUsers;
import it.percorsi.TestClockConfiguration;
import it.percorsi.assessment.AssessmentCompleted;
import it.percorsi.assessment.AssessmentService;
import it.percorsi.assessment.AssessmentTestSupport;
import java.time.Duration;
import java.util.Collection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Re-planning after an assessment goes through Spring Modulith's event publication registry: when
 * it fails, the assessment stays saved, the event stays as an incomplete publication, and a
 * resubmission (as on restart or by the scheduled retry) plans the path.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:replan-retry;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@EnableScenarios
class PathReplanRetryTest {

    @MockitoSpyBean PathDefinitions definitions;
    @Autowired AssessmentService assessments;
    @Autowired PathService paths;
    @Autowired EventPublicationRegistry registry;
    @Autowired IncompleteEventPublications incomplete;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;

    @BeforeEach
    void referent() {
        TestUsers.anonymousOutsideVaadin();
        TestUsers.loginAs(context, AssessmentTestSupport.newReferent(context, "Rita Riprova"));
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
        clock.reset();
    }

    @Test
    void a_failed_replan_is_kept_as_an_incomplete_publication_and_succeeds_when_resubmitted(Scenario scenario) {
        AssessmentTestSupport.takeAssessment(assessments, BEGINNER);
        assertThat(paths.currentPath().orElseThrow().templateId()).isEqualTo("primo-ascolto-sportello");
        clock.advance(Duration.ofDays(180));
        // The re-plan's first read of the path library fails; later reads work.
        doThrow(new IllegalStateException("path library unavailable for a moment")).doCallRealMethod()
                .when(definitions).current();

        scenario.stimulate(() -> AssessmentTestSupport.takeAssessment(assessments, EXPERIENCED))
                .andWaitForStateChange(this::pendingReplans, c -> !c.isEmpty())
                .andVerify(pending -> assertThat(pending).singleElement()
                        .satisfies(p -> assertThat(p.getEvent()).isInstanceOf(AssessmentCompleted.class)));
        assertThat(assessments.history()).hasSize(2);
        assertThat(paths.currentPath().orElseThrow().templateId()).isEqualTo("primo-ascolto-sportello");

        // What the scheduled retry and a restart do (outside any transaction, as they run).
        incomplete.resubmitIncompletePublications(p -> true);
        assertThat(pendingReplans()).isEmpty();
        assertThat(paths.currentPath().orElseThrow().templateId()).isEqualTo("valutare-con-i-cittadini");
    }

    private Collection<TargetEventPublication> pendingReplans() {
        return registry.findIncompletePublications().stream()
                .filter(p -> p.getEvent() instanceof AssessmentCompleted).toList();
    }
}
