package it.percorsi.toolbox;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.toolbox.LibraryConventions.QuadrantMention;
import it.percorsi.toolbox.LibraryConventions.ScaleMention;
import it.percorsi.toolbox.LibraryConventions.TopTwoMention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One rating scale and one set of quadrant names across the library. The conventions are read
 * from the two tools that declare them; every other file is checked against them.
 */
class LibraryConsistencyTest {

    static final Path CONTENT = Path.of(System.getProperty("percorsi.content.dir", "content"));

    @Test
    void every_shipped_file_uses_the_declared_scale_and_quadrant_names() {
        Map<String, String> files = read(CONTENT);
        assertThat(problems(files)).isEmpty();
    }

    @Test
    void the_declaring_tools_declare_one_scale_and_four_quadrants() {
        Map<String, String> files = read(CONTENT);
        assertThat(LibraryConventions.declaredScale(files.get(toolFile(LibraryConventions.SCALE_SOURCE)))).isPresent();
        assertThat(LibraryConventions.declaredQuadrants(files.get(toolFile(LibraryConventions.QUADRANT_SOURCE))))
                .hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void a_file_rating_on_another_scale_is_reported_with_its_line() {
        Map<String, String> files = fixture();
        files.put("guides/altra.md", "# Titolo\n\nIl giudizio va da 1 a 5:\nusa una scala da 1 a 5 per tutto.\n");
        assertThat(problems(files)).containsExactly(
                "guides/altra.md:4: rating scale 1–5, but the library uses 1–6 (declared in tools/modello-questionario-cs.md)");
    }

    @Test
    void a_paragraph_comparing_another_scale_with_the_declared_one_is_allowed() {
        Map<String, String> files = fixture();
        files.put("faq/scale.md", "**Scala da 1 a 10.** Rispetto alla scala da 1 a 6 offre più sfumature.\n\nAltro paragrafo.\n");
        assertThat(problems(files)).isEmpty();
    }

    @Test
    void a_top_two_box_on_other_values_is_reported() {
        Map<String, String> files = fixture();
        files.put("guides/analisi.md", "Il top-2-box è la quota dei due valori più alti (4 e 5).\n");
        assertThat(problems(files)).singleElement().asString().startsWith("guides/analisi.md:1: top-2-box");
    }

    @Test
    void an_unknown_quadrant_name_in_a_table_or_a_quote_is_reported() {
        Map<String, String> files = fixture();
        files.put("tools/report.md", """
                | Quadrante | Aspetti |
                |---|---|
                | Punti di forza | orari |
                | Mantenere | cortesia |
                | ______ | ______ |

                Parti dal quadrante "importanti e poco soddisfacenti".
                """);
        assertThat(problems(files)).containsExactly(
                "tools/report.md:4: quadrant 'Mantenere' is not one of [Priorità di intervento, Punti di forza, Da tenere d'occhio, Possibile eccesso]",
                "tools/report.md:7: quadrant 'importanti e poco soddisfacenti' is not one of [Priorità di intervento, Punti di forza, Da tenere d'occhio, Possibile eccesso]");
    }

    @Test
    void changing_the_declared_scale_moves_the_rule_for_every_file() {
        Map<String, String> files = fixture();
        files.put(toolFile(LibraryConventions.SCALE_SOURCE), "La scala 1-10 di questo modello.\n");
        files.put("guides/altra.md", "Usa la scala da 1 a 10.\n");
        assertThat(problems(files)).isEmpty();
        files.put("guides/vecchia.md", "Usa la scala da 1 a 6.\n");
        assertThat(problems(files)).singleElement().asString().startsWith("guides/vecchia.md:1: rating scale 1–6");
    }

    static List<String> problems(Map<String, String> files) {
        String scaleFile = toolFile(LibraryConventions.SCALE_SOURCE);
        String quadrantFile = toolFile(LibraryConventions.QUADRANT_SOURCE);
        List<String> problems = new ArrayList<>();
        RatingScale scale = LibraryConventions.declaredScale(files.getOrDefault(scaleFile, "")).orElse(null);
        List<String> quadrants = LibraryConventions.declaredQuadrants(files.getOrDefault(quadrantFile, ""));
        if (scale == null) {
            problems.add(scaleFile + ": declares no rating scale");
        }
        if (quadrants.size() != 4) {
            problems.add(quadrantFile + ": declares " + quadrants.size() + " quadrant names, not 4");
        }
        files.forEach((file, text) -> {
            if (scale != null) {
                List<ScaleMention> mentions = LibraryConventions.scaleMentions(text);
                for (ScaleMention m : mentions) {
                    boolean comparedInParagraph = mentions.stream()
                            .anyMatch(o -> o.paragraph() == m.paragraph() && o.scale().equals(scale));
                    if (!m.scale().equals(scale) && !comparedInParagraph) {
                        problems.add(file + ":" + m.line() + ": rating scale " + m.scale() + ", but the library uses "
                                + scale + " (declared in " + scaleFile + ")");
                    }
                }
                for (TopTwoMention t : LibraryConventions.topTwoMentions(text)) {
                    if (t.first() != scale.topTwoFrom() || t.second() != scale.max()) {
                        problems.add(file + ":" + t.line() + ": top-2-box on " + t.first() + " and " + t.second()
                                + ", but the top two values of " + scale + " are " + scale.topTwoFrom() + " and " + scale.max());
                    }
                }
            }
            for (QuadrantMention q : LibraryConventions.quadrantMentions(text)) {
                if (quadrants.stream().noneMatch(n -> n.equalsIgnoreCase(q.name()))) {
                    problems.add(file + ":" + q.line() + ": quadrant '" + q.name() + "' is not one of " + quadrants);
                }
            }
        });
        return problems;
    }

    private static Map<String, String> fixture() {
        Map<String, String> files = new TreeMap<>();
        files.put(toolFile(LibraryConventions.SCALE_SOURCE), "---\ntags: [scala 1-6]\n---\nLa scala 1-6 non ha un centro.\n");
        files.put(toolFile(LibraryConventions.QUADRANT_SOURCE), """
                ## Passo 3: i quattro quadranti

                | | bassa | alta |
                |---|---|---|
                | **alta** | **Priorità di intervento**: agire. | **Punti di forza**: proteggere. |
                | **bassa** | **Da tenere d'occhio**: guardare. | **Possibile eccesso**: spostare. |

                ## Dopo
                | **Altro**: non conta |
                """);
        return files;
    }

    static String toolFile(String slug) {
        return "tools/" + slug + ".md";
    }

    static Map<String, String> read(Path root) {
        Map<String, String> files = new TreeMap<>();
        for (String folder : List.of("guides", "tools", "faq", "paths", "assessment")) {
            try (Stream<Path> paths = Files.list(root.resolve(folder))) {
                for (Path p : paths.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yaml")).toList()) {
                    files.put(folder + "/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
