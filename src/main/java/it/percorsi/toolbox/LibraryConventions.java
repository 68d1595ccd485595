package it.percorsi.toolbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conventions the library texts share, read from the texts themselves: the rating scale
 * (declared by the model questionnaire) and the names of the importance/satisfaction quadrants
 * (declared by the matrix tool). The data kit uses them, and a test checks every other file
 * against them, so a trainer changes a convention in one place.
 */
public final class LibraryConventions {

    /** The tool whose text declares the rating scale (its first scale mention). */
    public static final String SCALE_SOURCE = "modello-questionario-cs";
    /** The tool whose quadrant table declares the quadrant names ({@code **Name**:} in its cells). */
    public static final String QUADRANT_SOURCE = "matrice-importanza-soddisfazione";

    private static final Pattern SCALE = Pattern.compile(
            "(?iu)\\bscala\\s+(?:da\\s+)?(\\d{1,2})\\s*(?:a|-|–)\\s*(\\d{1,2})\\b|\\bmedia\\s+(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\b");
    private static final Pattern TOP_TWO = Pattern.compile("(?iu)top-2-box[^.\\n]*?\\((\\d{1,2}) e (\\d{1,2})\\b");
    private static final Pattern BOLD_LABEL = Pattern.compile("\\*\\*([^*]+?)\\*\\*\\s*:");
    private static final Pattern QUOTED_QUADRANT = Pattern.compile("(?iu)\\bquadrant[ei]\\s+\\\\?[\"«“]([^\"»”\\\\]+)\\\\?[\"»”]");

    private LibraryConventions() {
    }

    /** A scale range written in a text, with its 1-based line and paragraph (blank-line separated block). */
    public record ScaleMention(RatingScale scale, int line, int paragraph) {
    }

    /** A top-2-box definition "(5 e 6 ...)" written in a text. */
    public record TopTwoMention(int first, int second, int line) {
    }

    /** A quadrant name used in a text: a cell of a "Quadrante" column or a quoted name after "quadrante". */
    public record QuadrantMention(String name, int line) {
    }

    public static Optional<RatingScale> declaredScale(String markdown) {
        return scaleMentions(markdown).stream().map(ScaleMention::scale).findFirst();
    }

    public static List<ScaleMention> scaleMentions(String text) {
        List<ScaleMention> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int paragraph = 0;
        boolean blank = true;
        for (int i = 0; i < lines.length; i++) {
            boolean isBlank = lines[i].isBlank();
            if (!isBlank && blank) {
                paragraph++;
            }
            blank = isBlank;
            Matcher m = SCALE.matcher(lines[i]);
            while (m.find()) {
                int from = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
                int to = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
                if (to > from) {
                    found.add(new ScaleMention(new RatingScale(from, to), i + 1, paragraph));
                }
            }
        }
        return found;
    }

    public static List<TopTwoMention> topTwoMentions(String text) {
        List<TopTwoMention> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = TOP_TWO.matcher(lines[i]);
            while (m.find()) {
                found.add(new TopTwoMention(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), i + 1));
            }
        }
        return found;
    }

    /**
     * The quadrant names declared in the matrix tool: the bold labels followed by a colon in the
     * table rows of the first section whose heading mentions "quadranti".
     */
    public static List<String> declaredQuadrants(String matrixMarkdown) {
        List<String> names = new ArrayList<>();
        boolean inSection = false;
        for (String line : matrixMarkdown.split("\n")) {
            if (line.startsWith("#")) {
                if (inSection && !names.isEmpty()) {
                    break;
                }
                inSection = line.toLowerCase(Locale.ITALIAN).contains("quadranti");
                continue;
            }
            if (inSection && line.startsWith("|")) {
                Matcher m = BOLD_LABEL.matcher(line);
                while (m.find()) {
                    names.add(m.group(1).trim());
                }
            }
        }
        return List.copyOf(names);
    }

    public static List<QuadrantMention> quadrantMentions(String text) {
        List<QuadrantMention> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int column = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.startsWith("|")) {
                column = -1;
            } else {
                List<String> cells = cells(line);
                if (column < 0 && i + 1 < lines.length && lines[i + 1].startsWith("|---")) {
                    column = indexOfHeader(cells);
                } else if (column >= 0 && !line.startsWith("|---") && column < cells.size()) {
                    String value = cells.get(column).replace("*", "").trim();
                    if (!value.isEmpty() && !value.contains("___") && !value.startsWith("[")) {
                        found.add(new QuadrantMention(value, i + 1));
                    }
                }
            }
            Matcher m = QUOTED_QUADRANT.matcher(line);
            while (m.find()) {
                found.add(new QuadrantMention(m.group(1).trim(), i + 1));
            }
        }
        return found;
    }

    private static int indexOfHeader(List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c).replace("*", "").trim().equalsIgnoreCase("Quadrante")) {
                return c;
            }
        }
        return -1;
    }

    static List<String> cells(String row) {
        String inner = row.trim();
        inner = inner.substring(1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.trim());
        }
        return cells;
    }
}
