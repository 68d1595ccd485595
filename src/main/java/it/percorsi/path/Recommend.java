package it.percorsi.path;

import it.percorsi.assessment.AnswersReader;
import it.percorsi.assessment.Profile;
import it.percorsi.assessment.Questionnaire;
import it.percorsi.assessment.QuestionnaireReader;
import it.percorsi.assessment.Scoring;
import it.percorsi.base.content.ContentProblem;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The recommendation command, for trainers trying their rules; it starts no server and no database:
 * <pre>mvn -B -q compile exec:java -Dexec.mainClass=it.percorsi.path.Recommend -Dexec.args="answers.yaml"</pre>
 * Reads an answers file (question ids of the questionnaire to option values) and the questionnaire
 * and paths of the content folder (second argument, default {@code content}), and prints as JSON
 * the profile, the scores, the template, each step with its reasons, the steps left out with the
 * reason, and the effort against the time budget. An invalid answers file (or content folder)
 * prints {@code file:line: message} lines and exits 1.
 */
public final class Recommend {

    private Recommend() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1 || args.length > 2) {
            err.println("usage: Recommend <answers.yaml> [content folder, default: content]");
            return 1;
        }
        Path answersFile = Path.of(args[0]);
        Path root = Path.of(args.length > 1 ? args[1] : "content");
        var questionnaire = QuestionnaireReader.read(root, null, null);
        if (questionnaire.questionnaire().isEmpty()) {
            return fail(err, questionnaire.problems());
        }
        Questionnaire q = questionnaire.questionnaire().get();
        var paths = PathLibraryReader.read(root, PathLibraryReader.Catalog.of(q, null, null, null));
        if (paths.library().isEmpty()) {
            return fail(err, paths.problems());
        }
        String text;
        try {
            text = Files.readString(answersFile);
        } catch (IOException e) {
            return fail(err, List.of(new ContentProblem(answersFile.toString(), 0, "cannot read the file: " + e)));
        }
        var answers = AnswersReader.parse(answersFile.toString(), text, q);
        if (answers.answers().isEmpty()) {
            return fail(err, answers.problems());
        }
        Profile profile = Scoring.profile(q, answers.answers().get());
        PathLibrary library = paths.library().get();
        out.println(json(library, profile, RecommendationEngine.recommend(library, profile)));
        out.flush();
        return 0;
    }

    private static int fail(PrintStream err, List<ContentProblem> problems) {
        problems.forEach(err::println);
        err.flush();
        return 1;
    }

    static String json(PathLibrary library, Profile profile, Recommendation rec) {
        Json j = new Json();
        j.open('{');
        j.key("profile").open('{');
        profile.facets().forEach((facet, values) -> j.key(facet).strings(values));
        j.close('}');
        j.key("scores").open('{');
        profile.scores().forEach((dimension, score) -> j.key(dimension).raw(String.valueOf(score)));
        j.close('}');
        j.key("template").open('{').key("id").string(rec.templateId()).key("title").string(rec.templateTitle())
                .key("reason").string(rec.templateReason()).close('}');
        j.key("effort").open('{').key("hours").raw(number(rec.effortHours()))
                .key("hoursPerWeek").raw(rec.hoursPerWeek() == null ? "null" : number(rec.hoursPerWeek()))
                .key("budgetWeeks").raw(String.valueOf(rec.budgetWeeks()))
                .key("estimatedWeeks").raw(String.valueOf(rec.estimatedWeeks()))
                .key("overBudget").raw(String.valueOf(rec.overBudget())).close('}');
        Map<String, StepDefinition> steps = library.stepsById();
        j.key("steps").open('[');
        for (Recommendation.Step s : rec.steps()) {
            StepDefinition d = steps.get(s.stepId());
            j.open('{').key("id").string(s.stepId()).key("title").string(d.title().it())
                    .key("effortHours").raw(number(d.effortHours())).key("reasons").strings(s.reasons()).close('}');
        }
        j.close(']');
        j.key("leftOut").open('[');
        for (Recommendation.LeftOut l : rec.leftOut()) {
            j.open('{').key("id").string(l.stepId()).key("title").string(steps.get(l.stepId()).title().it())
                    .key("why").string(l.why().name()).key("reason").string(l.reason()).close('}');
        }
        j.close(']');
        j.close('}');
        return j.toString();
    }

    private static String number(double d) {
        return d == Math.floor(d) && !Double.isInfinite(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** A small indenting JSON writer: the command needs no JSON library. */
    private static final class Json {
        private final StringBuilder b = new StringBuilder();
        private int depth;
        private boolean first = true;
        private boolean afterKey;

        Json open(char c) {
            value();
            b.append(c);
            depth++;
            first = true;
            return this;
        }

        Json close(char c) {
            depth--;
            if (!first) {
                newline();
            }
            b.append(c);
            first = false;
            return this;
        }

        Json key(String k) {
            value();
            quote(k);
            b.append(": ");
            afterKey = true;
            return this;
        }

        Json string(String s) {
            value();
            quote(s);
            return this;
        }

        Json raw(String s) {
            value();
            b.append(s);
            return this;
        }

        Json strings(List<String> values) {
            value();
            b.append('[');
            for (int i = 0; i < values.size(); i++) {
                b.append(i == 0 ? "" : ", ");
                quote(values.get(i));
            }
            b.append(']');
            return this;
        }

        private void value() {
            if (afterKey) {
                afterKey = false;
                return;
            }
            if (depth > 0) {
                b.append(first ? "" : ",");
                newline();
            }
            first = false;
        }

        private void newline() {
            b.append('\n').append("  ".repeat(depth));
        }

        private void quote(String s) {
            b.append('"');
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            b.append('"');
        }

        @Override
        public String toString() {
            return b.toString();
        }
    }
}
