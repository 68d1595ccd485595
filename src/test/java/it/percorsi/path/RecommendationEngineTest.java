package it.percorsi.path;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.assessment.Profile;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped rules, profile by profile: the exact template and steps, in order. */
class RecommendationEngineTest {

    static PathLibrary library;

    @BeforeAll
    static void load() {
        library = ShippedLibrary.load();
    }

    static Profile profile(String experience, String resources, String leadership, String channels, String goals,
                           String evaluators) {
        Map<String, List<String>> facets = new LinkedHashMap<>();
        facets.put("experience", List.of(experience));
        facets.put("resources", List.of(resources));
        facets.put("leadership", List.of(leadership));
        facets.put("channels", split(channels));
        facets.put("goals", split(goals));
        facets.put("citizenEvaluators", split(evaluators));
        facets.put("administrationType", List.of("COMUNE"));
        facets.put("serviceType", List.of("DEMOGRAFICI"));
        return new Profile(facets, Map.of());
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split(" ")).toList();
    }

    @ParameterizedTest(name = "[{index}] {0} {1} {2} channels={3} goals={4} evaluators={5} -> {6}")
    @CsvSource(delimiter = '|', textBlock = """
            NONE         | LOW    | WEAK   | SERVED                                | ''                   | ''    | primo-percorso            | sostegno-dirigenza ripensare-servizio analisi-servizio scegliere-metodo feedback-emoticon progettare-strumento campione-raccolta mystery-shopping tempi-di-attesa analisi-risultati piano-miglioramento comunicare-risultati monitorare-ripetere
            BASIC        | MEDIUM | STRONG | SELF_SERVICE                          | ''                   | ''    | primo-percorso            | ripensare-servizio analisi-servizio scegliere-metodo progettare-strumento campione-raccolta feedback-online test-usabilita analisi-risultati piano-miglioramento comunicare-risultati monitorare-ripetere
            BASIC        | LOW    | STRONG | SERVED SELF_SERVICE INTERMEDIATED     | ACCESS               | ''    | primo-percorso            | ripensare-servizio analisi-servizio valutazione-accesso scegliere-metodo feedback-emoticon progettare-strumento campione-raccolta mystery-shopping tempi-di-attesa feedback-online test-usabilita indagine-intermediari analisi-risultati piano-miglioramento comunicare-risultati monitorare-ripetere
            NONE         | HIGH   | STRONG | INTERMEDIATED                         | EVALUATION           | SI    | primo-percorso            | ripensare-servizio analisi-servizio scegliere-metodo feedback-emoticon progettare-strumento campione-raccolta indagine-intermediari analisi-risultati piano-miglioramento comunicare-risultati monitorare-ripetere
            INTERMEDIATE | MEDIUM | STRONG | SERVED                                | ''                   | ''    | consolidamento            | ascolto-multicanale mystery-shopping tempi-di-attesa reclami-come-dati importanza-soddisfazione standard-carta piano-e-restituzione collegamento-piao
            INTERMEDIATE | LOW    | WEAK   | SELF_SERVICE                          | ACCESS               | ''    | consolidamento            | sostegno-dirigenza ascolto-multicanale valutazione-accesso feedback-online test-usabilita reclami-come-dati importanza-soddisfazione standard-carta piano-e-restituzione collegamento-piao
            INTERMEDIATE | MEDIUM | STRONG | SERVED                                | IDEATION             | ''    | co-progettazione          | personas journey-map mappa-attori blueprint mystery-shopping tempi-di-attesa workshop-co-creazione prototipo-pilota audit-civico co-valutazione-performance
            INTERMEDIATE | LOW    | STRONG | SERVED                                | IDEATION             | ''    | consolidamento            | ascolto-multicanale mystery-shopping tempi-di-attesa reclami-come-dati importanza-soddisfazione standard-carta piano-e-restituzione collegamento-piao
            ADVANCED     | HIGH   | STRONG | SELF_SERVICE INTERMEDIATED            | DECISION             | ''    | co-progettazione          | personas journey-map mappa-attori indagine-intermediari blueprint workshop-co-creazione prototipo-pilota feedback-online test-usabilita audit-civico co-valutazione-performance
            ADVANCED     | HIGH   | STRONG | SERVED                                | EVALUATION           | SI    | valutazione-partecipativa | vp-mappare-stakeholder vp-scegliere-servizi vp-selezionare-valutatori vp-definire-dimensioni vp-motivare vp-valutare mystery-shopping tempi-di-attesa vp-usare-risultati
            INTERMEDIATE | MEDIUM | WEAK   | INTERMEDIATED                         | EVALUATION ACCESS    | FORSE | valutazione-partecipativa | sostegno-dirigenza vp-mappare-stakeholder vp-scegliere-servizi valutazione-accesso vp-selezionare-valutatori vp-definire-dimensioni vp-motivare vp-valutare indagine-intermediari vp-usare-risultati
            INTERMEDIATE | MEDIUM | STRONG | INTERMEDIATED                         | EVALUATION           | NO    | consolidamento            | ascolto-multicanale indagine-intermediari reclami-come-dati importanza-soddisfazione standard-carta piano-e-restituzione collegamento-piao
            ADVANCED     | MEDIUM | STRONG | SERVED                                | EVALUATION IDEATION  | SI    | co-progettazione          | personas journey-map mappa-attori blueprint mystery-shopping tempi-di-attesa workshop-co-creazione prototipo-pilota audit-civico co-valutazione-performance
            ADVANCED     | LOW    | WEAK   | ''                                    | ''                   | ''    | consolidamento            | sostegno-dirigenza ascolto-multicanale reclami-come-dati importanza-soddisfazione standard-carta piano-e-restituzione collegamento-piao
            """)
    void each_profile_gets_the_expected_template_and_steps(String experience, String resources, String leadership,
                                                           String channels, String goals, String evaluators,
                                                           String template, String steps) {
        Recommendation rec = RecommendationEngine.recommend(library,
                profile(experience, resources, leadership, channels, goals, evaluators));
        assertThat(rec.templateId()).isEqualTo(template);
        assertThat(rec.stepIds()).containsExactlyElementsOf(split(steps));
    }

    @Test
    void every_step_carries_the_reasons_it_was_chosen() {
        Recommendation rec = RecommendationEngine.recommend(library, profile("NONE", "LOW", "WEAK", "SERVED", "", ""));
        PathTemplate primo = library.template("primo-percorso").orElseThrow();
        assertThat(rec.templateReason()).isEqualTo(primo.because());
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        rec.steps().forEach(s -> reasons.put(s.stepId(), s.reasons()));
        assertThat(reasons.get("ripensare-servizio")).containsExactly(primo.because());
        assertThat(reasons.get("mystery-shopping")).containsExactly(library.step("mystery-shopping").orElseThrow().because())
                .allSatisfy(r -> assertThat(r).contains("sportello"));
        assertThat(reasons.get("sostegno-dirigenza")).singleElement().asString().contains("dirigenza");
        assertThat(rec.steps()).allSatisfy(s -> assertThat(s.reasons()).isNotEmpty().allSatisfy(r -> assertThat(r).isNotBlank()));
    }

    @Test
    void the_same_profile_always_gets_the_same_path() {
        Profile p = profile("INTERMEDIATE", "MEDIUM", "WEAK", "SERVED SELF_SERVICE", "ACCESS IDEATION", "SI");
        Recommendation first = RecommendationEngine.recommend(library, p);
        for (int i = 0; i < 20; i++) {
            assertThat(RecommendationEngine.recommend(ShippedLibrary.load(), p)).isEqualTo(first);
        }
    }

    @Test
    void a_profile_with_no_facets_gets_the_fallback_template() {
        Recommendation rec = RecommendationEngine.recommend(library, new Profile(Map.of(), Map.of()));
        assertThat(rec.templateId()).isEqualTo("primo-percorso");
        assertThat(rec.stepIds()).hasSize(9);
    }
}
