package it.percorsi.toolbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the data kit needs from the model questionnaire (the complete version): the aspects rated
 * for importance and satisfaction, with their quality dimension; the overall judgement; the
 * closed questions with their options; and the question whose answers split users into groups.
 */
public record QuestionnaireModel(RatingScale scale, List<Aspect> aspects, Question overall, List<Question> choices,
        Question groupQuestion, List<String> quadrants) {

    /** The question that splits users into groups (one results sheet per option). */
    public static final String GROUP_QUESTION = "A2";
    /** The section of the model questionnaire that holds the complete version. */
    static final String COMPLETE_SECTION = "versione completa";

    private static final Pattern ASPECT_ROW = Pattern.compile("^\\|\\s*([A-Z]\\d+)\\s*\\|\\s*([^|]+?)\\s*\\|.*\\|\\s*$");
    private static final Pattern DIMENSION_ROW = Pattern.compile("^\\|\\s*\\|\\s*\\*\\*([^*]+)\\*\\*\\s*\\|");
    private static final Pattern QUESTION = Pattern.compile("^\\*\\*([A-Z]\\d+)\\.\\s*([^*]+?)\\*\\*\\s*(.*)$");

    public record Aspect(String code, String label, String dimension) {
    }

    public record Question(String code, String text, List<String> options) {
    }

    public QuestionnaireModel {
        aspects = List.copyOf(aspects);
        choices = List.copyOf(choices);
        quadrants = List.copyOf(quadrants);
    }

    /**
     * Reads the complete version of the model questionnaire and the quadrant names of the matrix
     * tool. Fails with a clear message when the text no longer has what the kit needs.
     */
    public static QuestionnaireModel parse(String questionnaireMarkdown, String matrixMarkdown) {
        RatingScale scale = LibraryConventions.declaredScale(questionnaireMarkdown)
                .orElseThrow(() -> new IllegalStateException("the model questionnaire declares no rating scale"));
        List<String> quadrants = LibraryConventions.declaredQuadrants(matrixMarkdown);
        if (quadrants.size() != 4) {
            throw new IllegalStateException("the matrix tool declares " + quadrants.size() + " quadrant names, not 4");
        }
        List<Aspect> aspects = new ArrayList<>();
        List<Question> choices = new ArrayList<>();
        Question overall = null;
        String dimension = "";
        boolean inComplete = false;
        String[] lines = questionnaireMarkdown.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("## ")) {
                inComplete = line.toLowerCase(Locale.ITALIAN).contains(COMPLETE_SECTION);
                continue;
            }
            if (!inComplete) {
                continue;
            }
            Matcher dim = DIMENSION_ROW.matcher(line);
            Matcher row = ASPECT_ROW.matcher(line);
            Matcher q = QUESTION.matcher(line);
            if (dim.find()) {
                dimension = dim.group(1).trim();
            } else if (row.matches() && line.contains(" " + scale.max() + " ")) {
                aspects.add(new Aspect(row.group(1), row.group(2), dimension));
            } else if (q.matches()) {
                String rest = q.group(3);
                if (!rest.contains("☐") && i + 2 < lines.length && lines[i + 2].contains("☐")) {
                    rest = lines[i + 2];
                } else if (!rest.contains("☐") && i + 1 < lines.length && lines[i + 1].contains("☐")) {
                    rest = lines[i + 1];
                }
                List<String> options = options(rest);
                Question question = new Question(q.group(1), q.group(2).trim(), options);
                if (options.isEmpty() && overall == null && rest.isBlank() && scaleLineFollows(lines, i, scale)) {
                    overall = question;
                } else if (!options.isEmpty()) {
                    choices.add(question);
                }
            }
        }
        if (aspects.isEmpty() || overall == null) {
            throw new IllegalStateException("the complete model questionnaire has no rating grid or no overall judgement");
        }
        Question group = choices.stream().filter(c -> c.code().equals(GROUP_QUESTION)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the model questionnaire has no question " + GROUP_QUESTION));
        return new QuestionnaireModel(scale, aspects, overall, choices, group, quadrants);
    }

    private static boolean scaleLineFollows(String[] lines, int i, RatingScale scale) {
        for (int j = i + 1; j < Math.min(lines.length, i + 3); j++) {
            if (lines[j].contains(scale.min() + " " + (scale.min() + 1)) && lines[j].contains(String.valueOf(scale.max()))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> options(String text) {
        List<String> options = new ArrayList<>();
        String[] parts = text.split("☐");
        for (int p = 1; p < parts.length; p++) {
            String option = parts[p].replace(":", "").replaceAll("_+", "").replaceAll("\\s+", " ").trim();
            if (!option.isEmpty()) {
                options.add(option);
            }
        }
        return options;
    }
}
