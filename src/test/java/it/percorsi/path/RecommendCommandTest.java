package it.percorsi.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The command trainers run without the server: answers file in, JSON out; file:line on bad input. */
class RecommendCommandTest {

    static final String EXPERT = "src/test/resources/expert/";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Recommend.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_valid_answers_file_prints_profile_scores_template_steps_and_left_out_steps_as_json() {
        Run r = run(EXPERT + "comune-tributi-tempo-breve.yaml");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("profile").get("administrationType").get(0).asString()).isEqualTo("COMUNE");
        assertThat(json.get("profile").get("experience").get(0).asString()).isEqualTo("BASIC");
        assertThat(json.get("scores").get("risorse").asInt()).isBetween(40, 69);
        assertThat(json.get("template").get("id").asString()).isEqualTo("primo-percorso");
        assertThat(json.get("template").get("reason").asString()).isNotBlank();
        JsonNode first = json.get("steps").get(0);
        assertThat(first.get("id").asString()).isEqualTo("ripensare-servizio");
        assertThat(first.get("title").asString()).isNotBlank();
        assertThat(first.get("reasons").get(0).asString()).isNotBlank();
        assertThat(json.get("leftOut")).extracting(n -> n.get("id").asString() + ":" + n.get("why").asString())
                .contains("test-usabilita:TIME_BUDGET");
        assertThat(json.get("leftOut").get(0).get("reason").asString()).isNotBlank();
        assertThat(json.get("effort").get("hoursPerWeek").asDouble()).isEqualTo(6);
        assertThat(json.get("effort").get("budgetWeeks").asInt()).isEqualTo(12);
        assertThat(json.get("effort").get("estimatedWeeks").asInt()).isEqualTo(12);
        assertThat(json.get("effort").get("overBudget").asBoolean()).isFalse();
    }

    @Test
    void an_unknown_option_is_reported_with_file_and_line_and_exit_1() throws IOException {
        Path file = dir.resolve("risposte.yaml");
        String text = Files.readString(Path.of(EXPERT + "piccolo-comune-anagrafe.yaml"))
                .replace("canali: [SERVED]", "canali: [SERVED, PICCIONE]");
        Files.writeString(file, text);
        Run r = run(file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        int line = text.lines().toList().indexOf("canali: [SERVED, PICCIONE]") + 1;
        assertThat(r.err()).startsWith(file + ":" + line + ": question 'canali' has no option 'PICCIONE' (known: ");
    }

    @Test
    void unknown_questions_missing_answers_and_answers_to_questions_not_asked_are_reported() throws IOException {
        Path file = dir.resolve("risposte.yaml");
        String text = Files.readString(Path.of(EXPERT + "piccolo-comune-anagrafe.yaml"))
                .replace("tempo: MEDIO\n", "")
                .replace("budget: NESSUNO", "budget: NESSUNO\nbudgett: NESSUNO\nanalisi_dati: NESSUNA");
        Files.writeString(file, text);
        Run r = run(file.toString());
        assertThat(r.exit()).isEqualTo(1);
        var lines = text.lines().toList();
        assertThat(r.err().lines()).containsExactly(
                file + ":" + (lines.indexOf("budgett: NESSUNO") + 1) + ": unknown question 'budgett' (known: "
                        + String.join(", ", it.percorsi.assessment.ShippedContent.questionnaire().questions().stream()
                        .map(q -> q.id()).toList()) + ")");
        Files.writeString(file, text.replace("budgett: NESSUNO\n", ""));
        r = run(file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines()).containsExactly(
                file + ":1: question 'tempo': no answer: the question is required",
                file + ":" + (lines.indexOf("analisi_dati: NESSUNA")) + ": question 'analisi_dati' is not asked with "
                        + "these answers: only when 'indagini_svolte' is one of UNA_VOLTA, OCCASIONALI, REGOLARI (remove the answer)");
    }

    @Test
    void invalid_yaml_is_reported_with_the_line() throws IOException {
        Path file = dir.resolve("rotto.yaml");
        Files.writeString(file, "tipo_amministrazione: COMUNE\ncanali: [SERVED\n");
        Run r = run(file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith(file + ":").contains("invalid YAML");
    }

    @Test
    void a_missing_file_or_no_argument_exits_1_with_a_message() {
        Run missing = run(dir.resolve("nessuno.yaml").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("nessuno.yaml:0: cannot read the file");
        Run none = run();
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).startsWith("usage: Recommend <answers.yaml>");
    }
}
