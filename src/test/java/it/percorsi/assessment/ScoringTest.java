package it.percorsi.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringTest {

    private final Questionnaire q = QuestionnaireFixture.parse(QuestionnaireFixture.VALID);

    /** "indagini=SPESSO; quali=QUESTIONARIO,FOCUS" to answers. */
    private static Map<String, List<String>> answers(String spec) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        if (spec == null || spec.isBlank()) {
            return answers;
        }
        for (String part : spec.split(";")) {
            String[] kv = part.strip().split("=");
            answers.put(kv[0], List.of(kv[1].split(",")));
        }
        return answers;
    }

    @ParameterizedTest(name = "{0} -> metodi {1}, analisi {2}, risorse {3}, {4}, {5}")
    @CsvSource(delimiter = '|', textBlock = """
            indagini=MAI                                       | 0   | 0   | 0   | NONE         | LOW
            indagini=MAI; quali=QUESTIONARIO,FOCUS             | 0   | 0   | 0   | NONE         | LOW
            indagini=SPESSO                                    | 50  | 67  | 0   | INTERMEDIATE | LOW
            indagini=SPESSO; quali=INTERVISTE                  | 63  | 67  | 0   | INTERMEDIATE | LOW
            indagini=SPESSO; quali=QUESTIONARIO,FOCUS          | 100 | 100 | 0   | ADVANCED     | LOW
            indagini=SPESSO; quali=NESSUNO; persone=GRUPPO     | 50  | 67  | 100 | INTERMEDIATE | HIGH
            persone=GRUPPO                                     | 0   | 0   | 100 | NONE         | HIGH
            """)
    void scores_and_levels_come_from_the_weights_in_the_questionnaire(String given, int metodi, int analisi, int risorse,
                                                                       String experience, String resources) {
        Profile p = Scoring.profile(q, answers(given));
        assertThat(p.score("metodi")).isEqualTo(metodi);
        assertThat(p.score("analisi")).isEqualTo(analisi);
        assertThat(p.score("risorse")).isEqualTo(risorse);
        assertThat(p.experience()).isEqualTo(ExperienceLevel.valueOf(experience));
        assertThat(p.values(Facets.RESOURCES)).containsExactly(resources);
    }

    @Test
    void question_facets_take_the_chosen_options_in_the_questionnaire_order() {
        Profile p = Scoring.profile(q, answers("tipo=COMUNE; canali=SELF_SERVICE,SERVED; obiettivi=ACCESS"));
        assertThat(p.values(Facets.ADMINISTRATION_TYPE)).containsExactly("COMUNE");
        assertThat(p.values(Facets.CHANNELS)).containsExactly("SERVED", "SELF_SERVICE");
        assertThat(p.values(Facets.GOALS)).containsExactly("ACCESS");
        assertThat(p.values(Facets.SERVICE_TYPE)).isEmpty();
    }

    @Test
    void every_dimension_gets_a_score_between_0_and_100() {
        Profile p = Scoring.profile(q, answers("indagini=SPESSO; quali=QUESTIONARIO,FOCUS,INTERVISTE"));
        assertThat(p.scores()).containsOnlyKeys("metodi", "analisi", "azione", "restituzione", "leadership", "risorse");
        assertThat(p.scores().values()).allSatisfy(s -> assertThat(s).isBetween(0, 100));
        assertThat(p.score("azione")).isZero(); // no question weighs it
    }

    @Test
    void the_shipped_questionnaire_scores_a_beginner_and_an_expert_apart() {
        Questionnaire shipped = ShippedContent.questionnaire();
        Profile beginner = Scoring.profile(shipped, answers(
                "indagini_svolte=MAI; reclami=NESSUNA; incontri_utenti=MAI; analisi_dati=NESSUNA; risultati_pubblicati=NULLA;"
                        + " azioni=NESSUNA; performance=NO; progettazione_partecipata=MAI; persone=NESSUNO; budget=NESSUNO;"
                        + " dirigenza=INDIFFERENTE; canali=SERVED"));
        Profile expert = Scoring.profile(shipped, answers(
                "indagini_svolte=REGOLARI; metodi_usati=QUESTIONARIO,FOCUS_GROUP,MYSTERY_SHOPPING,AUDIT_CIVICO;"
                        + " reclami=ANALISI; incontri_utenti=ABITUALE; analisi_dati=IMPORTANZA; conoscenza_utenti=DATI;"
                        + " risultati_pubblicati=PUBBLICATI_AZIONI; azioni=PIANO_MONITORATO; performance=SI;"
                        + " progettazione_partecipata=COPROGETTATO; utenti_fragili=MOLTI; valutatori_civici=SI;"
                        + " pubblicare_impegni=SI; persone=UFFICIO; budget=ADEGUATO; tempo=LUNGO;"
                        + " competenze=STATISTICA,DESIGN,CONDUZIONE; strumenti_online=SI; dirigenza=PROMUOVE; decisioni=SI"));
        assertThat(beginner.experience()).isEqualTo(ExperienceLevel.NONE);
        assertThat(beginner.values("leadership")).containsExactly("WEAK");
        assertThat(beginner.values(Facets.RESOURCES)).containsExactly("LOW");
        assertThat(expert.experience()).isEqualTo(ExperienceLevel.ADVANCED);
        assertThat(expert.values("leadership")).containsExactly("STRONG");
        assertThat(expert.values(Facets.RESOURCES)).containsExactly("HIGH");
        assertThat(expert.scores()).hasSize(7).allSatisfy((d, s) -> assertThat(s).isGreaterThan(60));
    }

    @Test
    void a_question_not_asked_counts_as_zero_of_its_maximum() {
        // persone=GRUPPO gives 2 metodi points; 'quali' (max 4 metodi points) is not asked without surveys
        Questionnaire weighted = QuestionnaireFixture.parse(QuestionnaireFixture.VALID.replace(
                "{value: GRUPPO, label: Gruppo, scores: {risorse: 3}}",
                "{value: GRUPPO, label: Gruppo, scores: {risorse: 3, metodi: 2}}"));
        Profile never = Scoring.profile(weighted, answers("indagini=MAI; persone=GRUPPO; quali=QUESTIONARIO,FOCUS"));
        assertThat(never.score("metodi")).isEqualTo(20); // 2 of 4 + 4 + 2, the left-over 'quali' answer ignored
        Profile once = Scoring.profile(weighted, answers("indagini=SPESSO; persone=GRUPPO; quali=NESSUNO"));
        assertThat(once.score("metodi")).isEqualTo(60);
    }

    @Test
    void in_the_shipped_questionnaire_running_a_survey_never_lowers_a_score() {
        Questionnaire shipped = ShippedContent.questionnaire();
        java.util.Random random = new java.util.Random(8);
        for (int i = 0; i < 2000; i++) {
            Map<String, List<String>> never = randomAnswers(shipped, random);
            never.put("indagini_svolte", List.of("MAI"));
            Map<String, List<String>> once = new LinkedHashMap<>(never);
            once.put("indagini_svolte", List.of("UNA_VOLTA"));
            // the follow-up questions answered as badly as possible
            once.put("metodi_usati", List.of("EMOTICON"));
            once.put("analisi_dati", List.of("NESSUNA"));
            once.put("risultati_pubblicati", List.of("NULLA"));
            once.put("azioni", List.of("NESSUNA"));
            once.put("performance", List.of("NO"));
            once.put("decisioni", List.of("NO"));
            Profile a = Scoring.profile(shipped, never);
            Profile b = Scoring.profile(shipped, once);
            a.scores().forEach((dimension, score) -> assertThat(b.score(dimension)).as(dimension + " for " + never)
                    .isGreaterThanOrEqualTo(score));
            assertThat(b.experience()).isGreaterThanOrEqualTo(a.experience());
        }
    }

    @Test
    void in_the_shipped_questionnaire_intentions_do_not_count_as_experience() {
        Questionnaire shipped = ShippedContent.questionnaire();
        Map<String, List<String>> willing = answers("indagini_svolte=MAI; reclami=RACCOLTI; incontri_utenti=MAI;"
                + " progettazione_partecipata=MAI; valutatori_civici=SI; pubblicare_impegni=SI; dirigenza=INFORMATA");
        Map<String, List<String>> unwilling = new LinkedHashMap<>(willing);
        unwilling.put("valutatori_civici", List.of("NO"));
        unwilling.put("pubblicare_impegni", List.of("NO"));
        Profile a = Scoring.profile(shipped, willing);
        Profile b = Scoring.profile(shipped, unwilling);
        assertThat(a.scores()).isEqualTo(b.scores());
        assertThat(a.values("citizenEvaluators")).containsExactly("SI");
        assertThat(a.values("publishCommitment")).containsExactly("SI");
    }

    @Test
    void in_the_shipped_questionnaire_the_analysis_questions_are_asked_only_after_a_survey() {
        Questionnaire shipped = ShippedContent.questionnaire();
        for (String id : List.of("metodi_usati", "analisi_dati", "risultati_pubblicati", "azioni", "decisioni")) {
            var question = shipped.question(id).orElseThrow();
            assertThat(shipped.isAsked(question, answers("indagini_svolte=MAI"))).as(id).isFalse();
            assertThat(shipped.isAsked(question, answers("indagini_svolte=UNA_VOLTA"))).as(id).isTrue();
        }
    }

    static Map<String, List<String>> randomAnswers(Questionnaire q, java.util.Random random) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (Questionnaire.Question question : q.questions()) {
            List<String> values = question.options().stream().map(Questionnaire.Option::value).toList();
            if (!question.multiple()) {
                answers.put(question.id(), List.of(values.get(random.nextInt(values.size()))));
            } else {
                List<String> chosen = new java.util.ArrayList<>();
                int max = question.max() == null ? values.size() : question.max();
                for (String v : values) {
                    if (chosen.size() < max && random.nextBoolean() && !question.option(v).orElseThrow().exclusive()) {
                        chosen.add(v);
                    }
                }
                answers.put(question.id(), chosen);
            }
        }
        return answers;
    }
}
