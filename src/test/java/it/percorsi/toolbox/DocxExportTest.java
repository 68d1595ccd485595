package it.percorsi.toolbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** Tools as Word documents, opened again with POI: headings and tables survive. */
class DocxExportTest {

    static final String TOOL = """
            # Traccia di prova

            ## Come usarla

            Leggi la [guida](guide:focus-group#i-passi) e usa il [modello](tool:modello-persona).

            <script>alert(1)</script>

            | Fase | Minuti |
            |---|---|
            | Accoglienza | 10 |
            | Chiusura | 5 |

            - [ ] Sala pronta
            """;

    private final DocxExport export = new DocxExport("https://percorsi.example.it/");

    @Test
    void headings_tables_and_portal_links_survive_the_conversion() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(export.export(TOOL)))) {
            List<XWPFParagraph> headings = doc.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading")).toList();
            assertThat(headings).extracting(XWPFParagraph::getText).containsExactly("Traccia di prova", "Come usarla");
            assertThat(headings).extracting(XWPFParagraph::getStyle).containsExactly("Heading1", "Heading2");
            assertThat(doc.getTables()).hasSize(1);
            XWPFTable table = doc.getTables().getFirst();
            assertThat(table.getNumberOfRows()).isEqualTo(3);
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("Accoglienza");
            assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("5");
            String all = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(all).contains("Sala pronta").doesNotContain("alert(1)");
            assertThat(doc.getHyperlinks()).extracting(h -> h.getURL()).containsExactly(
                    "https://percorsi.example.it/guide/focus-group#i-passi", "https://percorsi.example.it/strumenti/modello-persona");
        }
    }

    @Test
    void every_shipped_tool_converts_with_all_its_tables() throws IOException {
        try (Stream<Path> tools = Files.list(LibraryConsistencyTest.CONTENT.resolve("tools"))) {
            for (Path tool : tools.filter(p -> p.toString().endsWith(".md")).toList()) {
                String markdown = Files.readString(tool, StandardCharsets.UTF_8).replaceFirst("(?s)^---.*?\n---\n", "");
                long tables = markdown.lines().filter(l -> l.startsWith("|---")).count();
                long h2 = markdown.lines().filter(l -> l.startsWith("## ")).count();
                try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(export.export(markdown)))) {
                    assertThat(doc.getTables()).as("tables of %s", tool).hasSize((int) tables);
                    assertThat(doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle())).count())
                            .as("sections of %s", tool).isEqualTo(h2);
                }
            }
        }
    }
}
