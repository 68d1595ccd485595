package it.percorsi.path;

import static it.percorsi.assessment.QuestionnaireFixture.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.assessment.QuestionnaireFixture;
import it.percorsi.base.content.ContentProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathValidatorTest {

    static final String BASE = """
            id: base
            type: template
            title: Percorso base
            priority: 0
            because: si comincia da qui.
            steps:
              - id: analisi
                title: Analisi
                effort_hours: 4
                guides: [focus-group]
                tools: [traccia-focus-group]
                checks:
                  - {id: fatto, text: "Fatto?"}
              - id: raccolta
                title: Raccolta
                effort_hours: 2
            """;

    static final String ADVANCED = """
            id: avanzato
            type: template
            title: Percorso avanzato
            priority: 10
            when: {experience: [ADVANCED], channels: [SERVED]}
            because: siete esperti.
            steps:
              - id: blueprint
                title: Blueprint
                effort_hours: 8
            """;

    static final String OPTIONAL = """
            id: extra
            type: optional-steps
            steps:
              - id: mystery
                title: Mystery shopping
                effort_hours: 3
                when: {channels: [SERVED]}
                because: allo sportello.
                after: [analisi]
                templates: [base]
            """;

    @TempDir
    Path root;

    @BeforeEach
    void questionnaire() {
        QuestionnaireFixture.write(root, QuestionnaireFixture.VALID);
    }

    private List<ContentProblem> validate(String base, String advanced, String optional) {
        write("base", base);
        write("avanzato", advanced);
        write("extra", optional);
        return new PathValidator().validate(root, Set.of("focus-group"), Set.of("traccia-focus-group"), Set.of("senza-budget"));
    }

    private void write(String name, String text) {
        try {
            Files.createDirectories(root.resolve("paths"));
            Files.writeString(root.resolve("paths/" + name + ".yaml"), text);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    private static String replace(String text, String target, String replacement) {
        assertThat(text).contains(target);
        return text.replace(target, replacement);
    }

    @Test
    void valid_files_have_no_problems() {
        assertThat(validate(BASE, ADVANCED, OPTIONAL)).isEmpty();
    }

    @Test
    void bad_yaml_is_reported_with_file_and_line() {
        String broken = replace(ADVANCED, "because: siete esperti.", "because: [siete esperti.");
        List<ContentProblem> problems = validate(BASE, broken, OPTIONAL);
        assertThat(problems).isNotEmpty();
        assertThat(problems.getFirst().file()).isEqualTo("paths/avanzato.yaml");
        assertThat(problems.getFirst().message()).startsWith("invalid YAML");
        assertThat(problems.getFirst().line()).isGreaterThanOrEqualTo(lineOf(broken, "because: [siete"));
    }

    @Test
    void an_unknown_facet_in_when_is_reported() {
        String text = replace(ADVANCED, "channels: [SERVED]}", "canali: [SERVED]}");
        assertThat(validate(BASE, text, OPTIONAL)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("paths/avanzato.yaml");
            assertThat(p.line()).isEqualTo(lineOf(text, "canali"));
            assertThat(p.message()).startsWith("template when: unknown facet 'canali' (known: administrationType, serviceType");
        });
    }

    @Test
    void an_unknown_value_in_when_is_reported() {
        String text = replace(ADVANCED, "experience: [ADVANCED]", "experience: [EXPERT]");
        assertThat(validate(BASE, text, OPTIONAL)).containsExactly(new ContentProblem("paths/avanzato.yaml",
                lineOf(text, "EXPERT"), "template when: facet 'experience' has no value 'EXPERT' (known: NONE, BASIC, INTERMEDIATE, ADVANCED)"));
    }

    @Test
    void a_step_naming_an_unknown_guide_is_reported() {
        String text = replace(BASE, "guides: [focus-group]", "guides: [focus-grup]");
        assertThat(validate(text, ADVANCED, OPTIONAL)).containsExactly(new ContentProblem("paths/base.yaml",
                lineOf(text, "focus-grup"), "step 'analisi' guides: unknown guide 'focus-grup' (no guides/focus-grup.md)"));
    }

    @Test
    void a_step_naming_an_unknown_tool_is_reported() {
        String text = replace(BASE, "tools: [traccia-focus-group]", "tools: [traccia]");
        assertThat(validate(text, ADVANCED, OPTIONAL)).containsExactly(new ContentProblem("paths/base.yaml",
                lineOf(text, "tools: [traccia]"), "step 'analisi' tools: unknown tool 'traccia' (no tools/traccia.md)"));
    }

    @Test
    void a_step_naming_an_unknown_faq_is_reported() {
        String text = replace(BASE, "effort_hours: 2\n", "effort_hours: 2\n    faq: [boh]\n");
        assertThat(validate(text, ADVANCED, OPTIONAL)).containsExactly(new ContentProblem("paths/base.yaml",
                lineOf(text, "faq: [boh]"), "step 'raccolta' faq: unknown FAQ 'boh' (no faq/boh.md)"));
    }

    @Test
    void a_duplicate_step_id_across_files_is_reported() {
        String text = replace(ADVANCED, "- id: blueprint", "- id: analisi");
        // files are read in name order: avanzato.yaml declares it first
        assertThat(validate(BASE, text, OPTIONAL)).containsExactly(new ContentProblem("paths/base.yaml",
                lineOf(BASE, "- id: analisi"), "duplicate step id 'analisi' (already used in paths/avanzato.yaml)"));
    }

    @Test
    void a_missing_required_field_is_reported() {
        String text = replace(BASE, "    title: Raccolta\n", "");
        assertThat(validate(text, ADVANCED, OPTIONAL)).containsExactly(new ContentProblem("paths/base.yaml",
                lineOf(text, "- id: raccolta"), "step 'raccolta': missing required field 'title'"));
    }

    @Test
    void a_non_numeric_effort_is_reported() {
        String text = replace(BASE, "effort_hours: 2", "effort_hours: due");
        assertThat(validate(text, ADVANCED, OPTIONAL)).containsExactly(new ContentProblem("paths/base.yaml",
                lineOf(text, "due"), "step 'raccolta': effort_hours is not a number: 'due'"));
    }

    @Test
    void a_rule_without_a_reason_is_reported() {
        String text = replace(OPTIONAL, "    because: allo sportello.\n", "");
        assertThat(validate(BASE, ADVANCED, text)).containsExactly(new ContentProblem("paths/extra.yaml",
                lineOf(text, "when: {channels"), "step 'mystery': a step with 'when' needs 'because' (the reason shown to the referent)"));
    }

    @Test
    void an_anchor_naming_no_template_step_is_reported() {
        String text = replace(OPTIONAL, "after: [analisi]", "after: [analisis]");
        assertThat(validate(BASE, ADVANCED, text)).containsExactly(new ContentProblem("paths/extra.yaml",
                lineOf(text, "after:"), "step 'mystery' after: no template has a step 'analisis'"));
    }

    @Test
    void an_unknown_template_restriction_is_reported() {
        String text = replace(OPTIONAL, "templates: [base]", "templates: [bas]");
        assertThat(validate(BASE, ADVANCED, text)).containsExactly(new ContentProblem("paths/extra.yaml",
                lineOf(text, "templates:"), "step 'mystery' templates: unknown template 'bas'"));
    }

    @Test
    void an_id_different_from_the_file_name_is_reported() {
        String text = replace(ADVANCED, "id: avanzato", "id: esperto");
        assertThat(validate(BASE, text, OPTIONAL)).containsExactly(new ContentProblem("paths/avanzato.yaml", 1,
                "id 'esperto' must be the file name 'avanzato'"));
    }

    @Test
    void a_library_without_a_fallback_template_is_reported() {
        String text = replace(BASE, "priority: 0\n", "priority: 0\nwhen: {experience: [NONE]}\n");
        assertThat(validate(text, ADVANCED, OPTIONAL)).singleElement().satisfies(p ->
                assertThat(p.message()).isEqualTo("no template applies to every profile: one template must have no 'when' (the fallback)"));
    }

    @Test
    void an_unknown_type_is_reported() {
        String text = replace(OPTIONAL, "type: optional-steps", "type: optional");
        assertThat(validate(BASE, ADVANCED, text)).contains(new ContentProblem("paths/extra.yaml", 2,
                "type must be 'template', 'optional-steps' or 'settings', not 'optional'"));
    }

    @Test
    void a_duplicate_self_check_id_is_reported() {
        String text = replace(BASE, "      - {id: fatto, text: \"Fatto?\"}\n",
                "      - {id: fatto, text: \"Fatto?\"}\n      - {id: fatto, text: \"Ancora?\"}\n");
        assertThat(validate(text, ADVANCED, OPTIONAL)).containsExactly(new ContentProblem("paths/base.yaml",
                lineOf(text, "Ancora?"), "step 'analisi': duplicate check id 'fatto'"));
    }

    @Test
    void unless_ranges_and_steps_already_done_are_valid_rules() {
        String text = replace(OPTIONAL, "    because: allo sportello.\n", """
                    because: allo sportello.
                    unless: [{experience: {max: BASIC}}, {scores: {risorse: {min: 0, max: 39}}}]
                    done_when: {goals: [EVALUATION]}
                    done_because: lo fai già.
                    priority: 3
                """);
        assertThat(validate(BASE, ADVANCED, text)).isEmpty();
    }

    @Test
    void a_range_naming_an_unknown_value_is_reported_with_the_order() {
        String text = replace(ADVANCED, "experience: [ADVANCED]", "experience: {min: ESPERTO}");
        assertThat(validate(BASE, text, OPTIONAL)).containsExactly(new ContentProblem("paths/avanzato.yaml",
                lineOf(text, "ESPERTO"), "template when: facet 'experience' has no value 'ESPERTO' (known, in order: "
                        + "NONE, BASIC, INTERMEDIATE, ADVANCED)"));
    }

    @Test
    void an_empty_range_is_reported() {
        String text = replace(ADVANCED, "experience: [ADVANCED]", "experience: {min: ADVANCED, max: BASIC}");
        assertThat(validate(BASE, text, OPTIONAL)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(text, "min: ADVANCED"));
            assertThat(p.message()).startsWith("template when: the range for 'experience' is empty");
        });
    }

    @Test
    void a_score_range_outside_0_100_or_on_an_unknown_dimension_is_reported() {
        String text = replace(ADVANCED, "channels: [SERVED]}", "scores: {risorse: {min: 120}, fortuna: {min: 1}}}");
        assertThat(validate(BASE, text, OPTIONAL)).extracting(ContentProblem::message).containsExactlyInAnyOrder(
                "template when: the score range for 'risorse' must lie within 0-100 with min not above max",
                "template when: scores name an unknown dimension 'fortuna' (known: metodi, analisi, azione, restituzione, leadership, risorse)");
    }

    @Test
    void an_unknown_facet_in_unless_is_reported() {
        String text = replace(ADVANCED, "because: siete esperti.", "unless: {tipo: [SCUOLA]}\nbecause: siete esperti.");
        assertThat(validate(BASE, text, OPTIONAL)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf(text, "unless:"));
            assertThat(p.message()).startsWith("template unless: unknown facet 'tipo'");
        });
    }

    @Test
    void done_when_without_a_reason_is_reported() {
        String text = replace(BASE, "effort_hours: 2\n", "effort_hours: 2\n    done_when: {goals: [ACCESS]}\n");
        assertThat(validate(text, ADVANCED, OPTIONAL)).containsExactly(new ContentProblem("paths/base.yaml",
                lineOf(text, "done_when"), "step 'raccolta': 'done_when' and 'done_because' go together (the reason shown "
                        + "for a step already done)"));
    }

    @Test
    void an_anchor_inside_a_template_kept_together_is_reported() {
        String base = replace(BASE, "because: si comincia da qui.", "because: si comincia da qui.\nkeep_together: true");
        assertThat(validate(base, ADVANCED, OPTIONAL)).containsExactly(new ContentProblem("paths/extra.yaml",
                lineOf(OPTIONAL, "after:"), "step 'mystery' after: 'analisi' would split the steps of template 'base' "
                        + "(keep_together): name its last step 'raccolta' or use position"));
        String last = replace(OPTIONAL, "after: [analisi]", "after: [raccolta]");
        assertThat(validate(base, ADVANCED, last)).isEmpty();
    }

    @Test
    void settings_are_checked_with_file_and_line() {
        write("impostazioni", """
                id: impostazioni
                type: settings
                hours_per_week:
                  - {when: {resources: [LOW]}, hours: 0}
                budget_weeks:
                  - {when: {canali: [SERVED]}, weeks: 12}
                optional_limit:
                  - {when: {resources: [LOW]}, max: 2}
                  - {max: 4, because: basta., extra: 1}
                """);
        assertThat(validate(BASE, ADVANCED, OPTIONAL)).extracting(p -> p.file() + ":" + p.line() + ": " + p.message())
                .containsExactly(
                        "paths/impostazioni.yaml:4: hours_per_week: hours must be more than 0, not 0.0",
                        "paths/impostazioni.yaml:6: budget_weeks when: unknown facet 'canali' (known: administrationType, "
                                + "serviceType, channels, goals, experience, resources, or scores)",
                        "paths/impostazioni.yaml:6: settings: budget_weeks needs 'over_budget_because' (the reason shown "
                                + "for a step left out to fit the time budget)",
                        "paths/impostazioni.yaml:8: optional_limit: missing required field 'because' (the reason shown for "
                                + "a step left out)",
                        "paths/impostazioni.yaml:9: optional_limit: unknown field 'extra' (allowed: because, because_en, hours, max, "
                                + "weeks, when)");
    }
}
