package it.percorsi.path;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.assessment.Profile;
import it.percorsi.assessment.QuestionnaireFixture;
import it.percorsi.path.Recommendation.LeftOut;
import it.percorsi.path.Recommendation.Why;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The engine's mechanics on a fixture library (the shipped rules are judged by ExpertTableTest):
 * template choice, unless, ranges, anchors, steps kept together, steps already done, the cap on
 * optional steps and the time budget.
 */
class RecommendationEngineTest {

    static final String BASE = """
            id: base
            type: template
            title: Base
            priority: 0
            because: si comincia da qui.
            steps:
              - {id: b1, title: B1, effort_hours: 10}
              - id: b2
                title: B2
                effort_hours: 10
                unless: {administrationType: [ALTRO]}
              - id: b3
                title: B3
                effort_hours: 10
                done_when: {goals: [EVALUATION]}
                done_because: valuti già.
            """;

    static final String SEQUENCE = """
            id: sequenza
            type: template
            title: Sequenza
            priority: 20
            when: {experience: {min: INTERMEDIATE}}
            unless: {channels: [SELF_SERVICE]}
            because: sai già farlo.
            keep_together: true
            steps:
              - {id: s1, title: S1, effort_hours: 5}
              - {id: s2, title: S2, effort_hours: 5}
              - {id: s3, title: S3, effort_hours: 5}
            """;

    static final String RICH = """
            id: ricco
            type: template
            title: Ricco
            priority: 10
            when: {scores: {risorse: {min: 80}}}
            because: hai molte risorse.
            steps:
              - {id: r1, title: R1, effort_hours: 2}
            """;

    static final String OPTIONAL = """
            id: extra
            type: optional-steps
            steps:
              - id: o-low
                title: Poco importante
                effort_hours: 4
                when: {channels: [SERVED]}
                because: allo sportello.
                priority: 1
                after: [b1, s3]
              - id: o-high
                title: Molto importante
                effort_hours: 4
                when: {channels: [SERVED]}
                because: allo sportello, conta molto.
                priority: 9
                after: [b1, s3]
              - id: o-start
                title: Prima di tutto
                effort_hours: 4
                when: {goals: [ACCESS]}
                because: accesso.
                priority: 5
                position: start
              - id: o-never-small
                title: Non per i piccoli
                effort_hours: 4
                when: {channels: [SERVED]}
                unless: {resources: [LOW]}
                because: solo con risorse.
                priority: 0
            """;

    static final String SETTINGS = """
            id: impostazioni
            type: settings
            hours_per_week:
              - {when: {resources: [LOW]}, hours: 2}
              - {hours: 10}
            budget_weeks:
              - {when: {serviceType: [DEMOGRAFICI]}, weeks: 20}
            over_budget_because: non c'è tempo.
            optional_limit:
              - {when: {scores: {risorse: {max: 10}}}, max: 1, because: poche risorse.}
            """;

    static PathLibrary library(String... extra) {
        TreeMap<String, String> files = new TreeMap<>();
        files.put("paths/base.yaml", BASE);
        files.put("paths/sequenza.yaml", SEQUENCE);
        files.put("paths/ricco.yaml", RICH);
        files.put("paths/extra.yaml", OPTIONAL);
        for (int i = 0; i < extra.length; i += 2) {
            files.put("paths/" + extra[i] + ".yaml", extra[i + 1]);
        }
        var q = QuestionnaireFixture.parse(QuestionnaireFixture.VALID);
        var result = PathLibraryReader.parse(files, PathLibraryReader.Catalog.of(q, null, null, null));
        return result.library().orElseThrow(() -> new AssertionError(result.problems().toString()));
    }

    /** "experience=INTERMEDIATE channels=SERVED,SELF_SERVICE risorse=50" (a number is a score). */
    static Profile profile(String spec) {
        Map<String, List<String>> facets = new LinkedHashMap<>();
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String part : spec.isBlank() ? new String[0] : spec.split(" ")) {
            String[] kv = part.split("=");
            if (kv[1].matches("\\d+")) {
                scores.put(kv[0], Integer.parseInt(kv[1]));
            } else {
                facets.put(kv[0], Arrays.asList(kv[1].split(",")));
            }
        }
        return new Profile(facets, scores);
    }

    static Recommendation recommend(PathLibrary library, String spec) {
        return RecommendationEngine.recommend(library, profile(spec));
    }

    @Test
    void a_profile_with_no_facets_gets_the_fallback_template_with_all_its_steps() {
        Recommendation rec = recommend(library(), "");
        assertThat(rec.templateId()).isEqualTo("base");
        assertThat(rec.stepIds()).containsExactly("b1", "b2", "b3");
        assertThat(rec.leftOut()).isEmpty();
        assertThat(rec.effortHours()).isEqualTo(30);
    }

    @Test
    void a_range_over_a_facet_matches_the_values_from_min_upwards() {
        assertThat(recommend(library(), "experience=BASIC").templateId()).isEqualTo("base");
        assertThat(recommend(library(), "experience=INTERMEDIATE").templateId()).isEqualTo("sequenza");
        assertThat(recommend(library(), "experience=ADVANCED").templateId()).isEqualTo("sequenza");
    }

    @Test
    void unless_excludes_a_template_or_a_step_whose_when_holds() {
        assertThat(recommend(library(), "experience=ADVANCED channels=SERVED,SELF_SERVICE").templateId())
                .isEqualTo("base");
        assertThat(recommend(library(), "administrationType=ALTRO").stepIds()).containsExactly("b1", "b3");
        assertThat(recommend(library(), "channels=SERVED resources=LOW").stepIds()).doesNotContain("o-never-small");
        assertThat(recommend(library(), "channels=SERVED resources=HIGH").stepIds()).contains("o-never-small");
    }

    @Test
    void a_score_range_matches_inclusive_bounds() {
        assertThat(recommend(library(), "risorse=79").templateId()).isEqualTo("base");
        assertThat(recommend(library(), "risorse=80").templateId()).isEqualTo("ricco");
        assertThat(recommend(library(), "risorse=100").templateId()).isEqualTo("ricco");
    }

    @Test
    void optional_steps_go_after_their_anchor_or_at_the_start_in_library_order() {
        Recommendation rec = recommend(library(), "channels=SERVED goals=ACCESS resources=HIGH");
        assertThat(rec.stepIds()).containsExactly("o-start", "b1", "o-low", "o-high", "b2", "b3", "o-never-small");
        assertThat(rec.steps().get(2).reasons()).containsExactly("allo sportello.");
        assertThat(rec.steps().get(1).reasons()).containsExactly("si comincia da qui.");
    }

    @Test
    void optional_steps_never_split_a_template_whose_steps_stay_together() {
        Recommendation rec = recommend(library(), "experience=INTERMEDIATE channels=SERVED resources=HIGH");
        assertThat(rec.templateId()).isEqualTo("sequenza");
        assertThat(rec.stepIds()).containsExactly("s1", "s2", "s3", "o-low", "o-high", "o-never-small");
    }

    @Test
    void a_step_the_assessment_shows_as_done_is_left_out_with_its_reason() {
        Recommendation rec = recommend(library(), "goals=EVALUATION");
        assertThat(rec.stepIds()).containsExactly("b1", "b2");
        assertThat(rec.leftOut()).containsExactly(new LeftOut("b3", Why.ALREADY_DONE, "valuti già."));
        assertThat(rec.effortHours()).isEqualTo(20);
    }

    @Test
    void the_resources_cap_keeps_the_optional_steps_of_highest_priority() {
        Recommendation rec = recommend(library("impostazioni", SETTINGS), "channels=SERVED goals=ACCESS risorse=5");
        assertThat(rec.stepIds()).containsExactly("b1", "o-high", "b2", "b3");
        assertThat(rec.leftOut()).extracting(LeftOut::stepId).containsExactly("o-never-small", "o-low", "o-start");
        assertThat(rec.leftOut()).allSatisfy(l -> {
            assertThat(l.why()).isEqualTo(Why.RESOURCES);
            assertThat(l.reason()).isEqualTo("poche risorse.");
        });
    }

    @Test
    void optional_steps_that_do_not_fit_the_time_budget_are_left_out_lowest_priority_first() {
        // 10 h a week for 20 weeks = 200 h: everything fits
        Recommendation roomy = recommend(library("impostazioni", SETTINGS),
                "channels=SERVED goals=ACCESS serviceType=DEMOGRAFICI risorse=50 resources=HIGH");
        assertThat(roomy.leftOut()).isEmpty();
        assertThat(roomy.effortHours()).isEqualTo(46);
        assertThat(roomy.estimatedWeeks()).isEqualTo(5);
        assertThat(roomy.budgetWeeks()).isEqualTo(20);
        assertThat(roomy.overBudget()).isFalse();
        // 2 h a week for 20 weeks = 40 h: the 30 core hours stay, one 4 h step more fits (o-high)
        Recommendation tight = recommend(library("impostazioni", SETTINGS),
                "channels=SERVED goals=ACCESS serviceType=DEMOGRAFICI risorse=50 resources=LOW");
        assertThat(tight.stepIds()).containsExactly("o-start", "b1", "o-high", "b2", "b3");
        assertThat(tight.leftOut()).containsExactly(new LeftOut("o-low", Why.TIME_BUDGET, "non c'è tempo."));
        assertThat(tight.effortHours()).isEqualTo(38);
        assertThat(tight.hoursPerWeek()).isEqualTo(2);
        assertThat(tight.estimatedWeeks()).isEqualTo(19);
    }

    @Test
    void when_the_template_alone_exceeds_the_budget_nothing_is_left_out_for_time_and_the_path_says_so() {
        String settings = SETTINGS.replace("weeks: 20", "weeks: 5");
        Recommendation rec = recommend(library("impostazioni", settings),
                "channels=SERVED serviceType=DEMOGRAFICI risorse=50 resources=LOW");
        // 2 h x 5 weeks = 10 h < 30 h of template steps: leaving out o-low would not make it fit
        assertThat(rec.stepIds()).containsExactly("b1", "o-low", "o-high", "b2", "b3");
        assertThat(rec.leftOut()).isEmpty();
        assertThat(rec.overBudget()).isTrue();
        assertThat(rec.effortHours()).isEqualTo(38);
        assertThat(rec.estimatedWeeks()).isEqualTo(19);
    }

    @Test
    void without_settings_there_is_no_cap_and_no_duration() {
        Recommendation rec = recommend(library(), "channels=SERVED goals=ACCESS risorse=5 resources=HIGH");
        assertThat(rec.stepIds()).hasSize(7);
        assertThat(rec.hoursPerWeek()).isNull();
        assertThat(rec.estimatedWeeks()).isNull();
        assertThat(rec.overBudget()).isFalse();
    }

    @Test
    void the_same_profile_always_gets_the_same_path() {
        Profile p = profile("channels=SERVED,SELF_SERVICE goals=ACCESS,EVALUATION risorse=5 serviceType=DEMOGRAFICI");
        Recommendation first = RecommendationEngine.recommend(library("impostazioni", SETTINGS), p);
        for (int i = 0; i < 10; i++) {
            assertThat(RecommendationEngine.recommend(library("impostazioni", SETTINGS), p)).isEqualTo(first);
        }
    }
}
