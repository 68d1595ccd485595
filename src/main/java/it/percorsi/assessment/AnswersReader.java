package it.percorsi.assessment;

import it.percorsi.base.content.ContentProblem;
import it.percorsi.base.content.YamlSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads an answers file: a YAML mapping from question ids of the questionnaire to an option
 * value (single) or a list of values (multiple), e.g. {@code canali: [SERVED, SELF_SERVICE]}.
 * Every problem comes with the file and the line, as in the content validator; answers are
 * returned only when there is none. Used by the Recommend command so trainers can try their rules.
 */
public final class AnswersReader {

    public record Result(Optional<Map<String, List<String>>> answers, List<ContentProblem> problems) {
    }

    private static final Map<String, String> MESSAGES = Map.of(
            AnswerRules.REQUIRED, "no answer: the question is required",
            AnswerRules.UNKNOWN_OPTION, "unknown option",
            AnswerRules.ONE_ONLY, "only one option can be chosen",
            AnswerRules.TOO_MANY, "too many options",
            AnswerRules.EXCLUSIVE, "an exclusive option cannot be combined with others");

    private AnswersReader() {
    }

    public static Result parse(String file, String text, Questionnaire q) {
        YamlSource yaml = new YamlSource(file);
        Map<String, List<String>> answers = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        yaml.parse(text).flatMap(root -> yaml.mapping(root, "answers", null)).ifPresent(m -> m.forEach((id, node) -> {
            Optional<Questionnaire.Question> question = q.question(id);
            if (question.isEmpty()) {
                yaml.problem(node, "unknown question '" + id + "' (known: " + String.join(", ",
                        q.questions().stream().map(Questionnaire.Question::id).toList()) + ")");
                return;
            }
            List<String> values = new ArrayList<>();
            for (YamlSource.Located v : yaml.texts(node, "answer to '" + id + "'")) {
                if (question.get().option(v.value()).isEmpty()) {
                    yaml.problem(v.line(), "question '" + id + "' has no option '" + v.value() + "' (known: "
                            + String.join(", ", question.get().options().stream().map(Questionnaire.Option::value)
                            .toList()) + ")");
                } else {
                    values.add(v.value());
                }
            }
            answers.put(id, values);
            lines.put(id, YamlSource.line(node));
        }));
        if (!yaml.hasProblems()) {
            AnswerRules.errors(q, q.questions(), answers, Map.of()).forEach((id, key) ->
                    yaml.problem(lines.getOrDefault(id, 1), "question '" + id + "': " + MESSAGES.getOrDefault(key, key)));
            lines.forEach((id, line) -> q.question(id).filter(question -> !q.isAsked(question, answers))
                    .ifPresent(question -> yaml.problem(line, "question '" + id + "' is not asked with these answers: "
                            + "only when '" + question.onlyIf().questionId() + "' is one of "
                            + String.join(", ", question.onlyIf().anyOf()) + " (remove the answer)")));
        }
        List<ContentProblem> problems = yaml.problems().stream().sorted().toList();
        return new Result(problems.isEmpty() ? Optional.of(answers) : Optional.empty(), problems);
    }
}
