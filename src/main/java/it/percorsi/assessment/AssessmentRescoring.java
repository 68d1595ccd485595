package it.percorsi.assessment;

import it.percorsi.assessment.internal.Assessment;
import it.percorsi.assessment.internal.AssessmentRepository;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-scores, once, the completed assessments scored with older scoring rules (Scoring.VERSION),
 * from their stored answers and the questionnaire in use. Done in Java at start-up rather than in
 * a migration because the weights live in the questionnaire file. The history keeps the level
 * each had before and when it changed; the answers and the plans already made stay as they were.
 */
@Component
class AssessmentRescoring {

    private static final Logger log = LoggerFactory.getLogger(AssessmentRescoring.class);

    private final AssessmentRepository assessments;
    private final QuestionnaireDefinitions definitions;
    private final Clock clock;

    AssessmentRescoring(AssessmentRepository assessments, QuestionnaireDefinitions definitions, Clock clock) {
        this.assessments = assessments;
        this.definitions = definitions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(50) // after the questionnaire is loaded, before the path library
    void atStartup() {
        try {
            rescoreOutdated();
        } catch (IllegalStateException e) { // no questionnaire at all: nothing to score with
            log.warn("Assessments not re-scored: {}", e.getMessage());
        }
    }

    /** Returns how many assessments were re-scored. */
    @Transactional
    int rescoreOutdated() {
        var outdated = assessments.findByStatusAndScoringVersionLessThan(Assessment.Status.COMPLETED, Scoring.VERSION);
        if (outdated.isEmpty()) {
            return 0;
        }
        Questionnaire q = definitions.current();
        var now = clock.instant();
        for (Assessment a : outdated) {
            Profile p = Scoring.profile(q, a.answers());
            a.rescore(p.scores(), p.facets(), Scoring.VERSION, now);
        }
        assessments.saveAll(outdated);
        log.info("Re-scored {} completed assessments with scoring rules version {}", outdated.size(), Scoring.VERSION);
        return outdated.size();
    }
}
