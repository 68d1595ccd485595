package it.percorsi.assessment;

import static it.percorsi.assessment.QuestionnaireFixture.VALID;
import static it.percorsi.assessment.QuestionnaireFixture.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.base.content.ContentProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionnaireValidatorTest {

    private static final String FILE = "assessment/questionnaire.yaml";

    @TempDir
    Path root;

    private List<ContentProblem> validate(String text) {
        return new QuestionnaireValidator().validate(QuestionnaireFixture.write(root, text), Set.of("focus-group"),
                Set.of("traccia-focus-group"));
    }

    private static String replace(String target, String replacement) {
        assertThat(VALID).contains(target);
        return VALID.replace(target, replacement);
    }

    @Test
    void a_valid_questionnaire_has_no_problems() {
        assertThat(validate(VALID)).isEmpty();
    }

    @Test
    void a_missing_file_is_reported() {
        assertThat(new QuestionnaireValidator().validate(root, Set.of(), Set.of()))
                .containsExactly(new ContentProblem(FILE, 0, "the questionnaire file is missing"));
    }

    @Test
    void bad_yaml_is_reported_with_its_line() {
        String text = replace("  - id: due\n", "  - id: due\n   bad: [unclosed\n");
        List<ContentProblem> problems = validate(text);
        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst().file()).isEqualTo(FILE);
        assertThat(problems.getFirst().message()).startsWith("invalid YAML");
        assertThat(problems.getFirst().line()).isBetween(lineOf(text, "bad: [unclosed"), lineOf(text, "bad: [unclosed") + 1);
    }

    @Test
    void a_missing_required_field_is_reported_at_its_parent() {
        String text = replace("        text: Servizio?\n", "");
        assertThat(validate(text)).containsExactly(new ContentProblem(FILE, lineOf(text, "- id: servizio"),
                "question 'servizio': missing required field 'text'"));
    }

    @Test
    void a_non_numeric_weight_is_reported() {
        String text = replace("scores: {risorse: 3}", "scores: {risorse: tre}");
        assertThat(validate(text)).containsExactly(new ContentProblem(FILE, lineOf(text, "risorse: tre"),
                "question 'persone' option 'GRUPPO': the weight for 'risorse' is not a number: 'tre'"));
    }

    @Test
    void a_weight_for_an_unknown_dimension_is_reported() {
        String text = replace("scores: {risorse: 3}", "scores: {soldi: 3}");
        assertThat(validate(text)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(text, "soldi: 3"));
            assertThat(p.message()).startsWith("question 'persone' option 'GRUPPO': scores name an unknown dimension 'soldi'");
        });
    }

    @Test
    void a_question_referencing_an_unknown_option_is_reported() {
        String text = replace("any: [SPESSO]", "any: [SEMPRE]");
        assertThat(validate(text)).contains(new ContentProblem(FILE, lineOf(text, "any: [SEMPRE]"),
                "question 'quali' only_if: question 'indagini' has no option 'SEMPRE'"));
    }

    @Test
    void a_question_referencing_a_later_or_unknown_question_is_reported() {
        String text = replace("only_if: {question: indagini", "only_if: {question: persone");
        assertThat(validate(text)).contains(new ContentProblem(FILE, lineOf(text, "question: persone"),
                "question 'quali' only_if: unknown question 'persone' (it must be asked before this one)"));
    }

    @Test
    void duplicate_question_ids_are_reported() {
        String text = replace("- id: persone", "- id: indagini");
        assertThat(validate(text)).contains(new ContentProblem(FILE, lineOf(text, "text: Persone?") - 1,
                "duplicate question id 'indagini'"));
    }

    @Test
    void duplicate_option_values_are_reported() {
        String text = replace("{value: ALTRO, label: Altro}", "{value: COMUNE, label: Altro}");
        assertThat(validate(text)).containsExactly(new ContentProblem(FILE, lineOf(text, "{value: COMUNE, label: Altro}"),
                "question 'tipo': duplicate option value 'COMUNE'"));
    }

    @Test
    void an_unknown_type_is_reported() {
        String text = replace("text: Tipo?\n        type: single", "text: Tipo?\n        type: scelta");
        assertThat(validate(text)).contains(new ContentProblem(FILE, lineOf(text, "type: scelta"),
                "question 'tipo': type must be 'single' or 'multiple', not 'scelta'"));
    }

    @Test
    void a_facet_naming_an_unknown_question_is_reported() {
        String text = replace("question: servizio}", "question: servizi}");
        assertThat(validate(text)).contains(new ContentProblem(FILE, lineOf(text, "question: servizi}"),
                "facet 'serviceType': unknown question 'servizi'"));
    }

    @Test
    void a_missing_required_facet_is_reported() {
        String text = replace("  - {id: goals, label: Obiettivi, question: obiettivi}\n", "");
        assertThat(validate(text)).containsExactly(new ContentProblem(FILE, lineOf(text, "  - {id: administrationType"),
                "facets: the required facet 'goals' is missing"));
    }

    @Test
    void experience_levels_must_be_the_four_known_ones() {
        String text = replace("{value: ADVANCED, min: 80, label: avanzata}", "{value: EXPERT, min: 80, label: avanzata}");
        assertThat(validate(text)).singleElement().satisfies(p ->
                assertThat(p.message()).isEqualTo("facet 'experience': levels must be exactly NONE, BASIC, INTERMEDIATE, ADVANCED in this order"));
    }

    @Test
    void levels_that_do_not_grow_are_reported() {
        String text = replace("{value: HIGH, min: 50, label: molte}", "{value: HIGH, min: 0, label: molte}");
        assertThat(validate(text)).singleElement().satisfies(p ->
                assertThat(p.message()).isEqualTo("facet 'resources': levels must start at min 0 and grow up to at most 100"));
    }

    @Test
    void a_section_linking_an_unknown_guide_is_reported() {
        String text = replace("guides: [focus-group]", "guides: [focus-grup]");
        assertThat(validate(text)).containsExactly(new ContentProblem(FILE, lineOf(text, "focus-grup"),
                "section 'uno' guides: unknown guide 'focus-grup' (no guides/focus-grup.md)"));
    }

    @Test
    void an_unknown_field_is_reported_with_a_hint_for_unquoted_commas() {
        String text = replace("{value: ALTRO, label: Altro}", "{value: ALTRO, label: Altro, di tutto}");
        assertThat(validate(text)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(text, "di tutto"));
            assertThat(p.message()).contains("unknown field 'di tutto'").contains("put the text in quotes");
        });
    }

    @Test
    void fewer_than_six_dimensions_are_reported() {
        String text = replace("  - {id: restituzione, label: Restituzione}\n", "");
        assertThat(validate(text)).containsExactly(new ContentProblem(FILE, lineOf(text, "  - {id: metodi"),
                "at least 6 maturity dimensions are needed, found 5"));
    }
}
