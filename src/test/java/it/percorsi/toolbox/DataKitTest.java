package it.percorsi.toolbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The data kit: opened with POI, filled with answers, recalculated, and its computed cells checked. */
class DataKitTest {

    static final String QUESTIONNAIRE = """
            ---
            tags: [scala 1-6]
            ---
            # Modello

            La scala 1-6 non ha un punto centrale.

            ## La versione breve

            **A2. Come è arrivato?** ☐ Online ☐ Sportello

            ## La versione completa

            **A1. Per quale motivo è venuto?**

            ☐ Certificato ☐ Altro: ______

            **A2. Come è arrivato allo sportello?**

            ☐ Appuntamento online ☐ Senza appuntamento

            | N. | Aspetto del servizio | Importanza | Soddisfazione |
            |---|---|---|---|
            | | **Accessibilità** | | |
            | B1 | Orari di apertura | 1 2 3 4 5 6 | 1 2 3 4 5 6 NA |
            | B2 | Prenotare | 1 2 3 4 5 6 | 1 2 3 4 5 6 NA |
            | | **Cortesia** | | |
            | B3 | Cortesia del personale | 1 2 3 4 5 6 | 1 2 3 4 5 6 NA |

            **C1. Nel complesso, quanto è soddisfatto?**

            Per niente 1 2 3 4 5 6 Pienamente

            **D1. Che cosa cambierebbe?**

            Risposta: ______

            ## Adattarlo
            """;

    static final String MATRIX = """
            ## Passo 3: i quattro quadranti

            | | sotto | sopra |
            |---|---|---|
            | **alta** | **Priorità di intervento**: agire. | **Punti di forza**: proteggere. |
            | **bassa** | **Da tenere d'occhio**: guardare. | **Possibile eccesso**: spostare. |
            """;

    /** Rows: group, I_B1, S_B1, I_B2, S_B2, I_B3, S_B3, C1 (null = empty cell, NA). */
    static final Object[][] ANSWERS = {
            {"Appuntamento online", 6, 2, 4, 5, 3, 6, 5},
            {"Appuntamento online", 5, 3, 3, 6, 4, 5, 4},
            {"Senza appuntamento", 6, 1, 5, null, 2, 6, 3},
            {"Senza appuntamento", 6, 4, 4, 5, 3, 5, 6},
            {"Senza appuntamento", 5, 2, 3, 4, 4, 6, 2},
            {"Appuntamento online", 6, 5, 4, 6, 2, 4, 5},
    };

    @Test
    void the_model_questionnaire_gives_aspects_dimensions_groups_and_the_overall_judgement() {
        QuestionnaireModel model = QuestionnaireModel.parse(QUESTIONNAIRE, MATRIX);
        assertThat(model.scale()).isEqualTo(new RatingScale(1, 6));
        assertThat(model.aspects()).extracting(QuestionnaireModel.Aspect::code).containsExactly("B1", "B2", "B3");
        assertThat(model.aspects()).extracting(QuestionnaireModel.Aspect::dimension)
                .containsExactly("Accessibilità", "Accessibilità", "Cortesia");
        assertThat(model.overall().code()).isEqualTo("C1");
        assertThat(model.groupQuestion().options()).containsExactly("Appuntamento online", "Senza appuntamento");
        assertThat(model.choices()).extracting(QuestionnaireModel.Question::code).containsExactly("A1", "A2");
        assertThat(model.choices().getFirst().options()).containsExactly("Certificato", "Altro");
    }

    @Test
    void the_shipped_model_questionnaire_feeds_the_kit() throws IOException {
        String questionnaire = Files.readString(LibraryConsistencyTest.CONTENT.resolve("tools/modello-questionario-cs.md"), StandardCharsets.UTF_8);
        String matrix = Files.readString(LibraryConsistencyTest.CONTENT.resolve("tools/matrice-importanza-soddisfazione.md"), StandardCharsets.UTF_8);
        QuestionnaireModel model = QuestionnaireModel.parse(questionnaire, matrix);
        assertThat(model.aspects()).hasSize(12);
        assertThat(model.overall().code()).isEqualTo("C1");
        assertThat(model.groupQuestion().options()).hasSize(3);
        assertThat(new DataKit(model, (k, p) -> k).build()).isNotEmpty();
    }

    @Test
    void typed_answers_recalculate_means_top_two_box_margins_and_quadrants() throws IOException {
        QuestionnaireModel model = QuestionnaireModel.parse(QUESTIONNAIRE, MATRIX);
        byte[] bytes = new DataKit(model, (k, p) -> k).build();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(wb.getSheet(DataKit.CODEBOOK)).isNotNull();
            XSSFSheet data = wb.getSheet(DataKit.DATA);
            assertThat(data.getDataValidations()).hasSize(2);
            Sheet results = wb.getSheet(DataKit.RESULTS);
            assertThat(results.getRow(DataKit.FIRST_RESULT_ROW).getCell(DataKit.COL_SATISFACTION).getCellType())
                    .as("results are formulas, not numbers").isEqualTo(CellType.FORMULA);
            assertThat(((XSSFSheet) results).getDrawingPatriarch().getCharts()).hasSize(1);
            fill(data);
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();

            for (int a = 0; a < 3; a++) {
                Row row = results.getRow(DataKit.FIRST_RESULT_ROW + a);
                List<Integer> s = column(1 + 2 * a + 1, null);
                List<Integer> i = column(1 + 2 * a, null);
                assertThat(value(evaluator, row.getCell(DataKit.COL_VALID))).isEqualTo(s.size());
                assertThat(value(evaluator, row.getCell(DataKit.COL_IMPORTANCE))).isCloseTo(mean(i), within(1e-9));
                assertThat(value(evaluator, row.getCell(DataKit.COL_SATISFACTION))).isCloseTo(mean(s), within(1e-9));
                double top2 = s.stream().filter(v -> v >= 5).count() / (double) s.size();
                assertThat(value(evaluator, row.getCell(DataKit.COL_TOP2))).isCloseTo(top2, within(1e-9));
                assertThat(value(evaluator, row.getCell(DataKit.COL_MARGIN)))
                        .isCloseTo(1.96 * Math.sqrt(top2 * (1 - top2) / s.size()), within(1e-9));
            }
            // thresholds: importance means 5.667, 3.833, 3.0 → 4.17; satisfaction 2.833, 5.2, 5.333 → 4.46
            assertThat(evaluator.evaluate(results.getRow(DataKit.FIRST_RESULT_ROW).getCell(DataKit.COL_QUADRANT)).getStringValue())
                    .isEqualTo("Priorità di intervento");
            assertThat(evaluator.evaluate(results.getRow(DataKit.FIRST_RESULT_ROW + 1).getCell(DataKit.COL_QUADRANT)).getStringValue())
                    .isEqualTo("Possibile eccesso");
            assertThat(evaluator.evaluate(results.getRow(DataKit.FIRST_RESULT_ROW + 2).getCell(DataKit.COL_QUADRANT)).getStringValue())
                    .isEqualTo("Possibile eccesso");
            Row overall = results.getRow(DataKit.FIRST_RESULT_ROW + 3 + 2);
            assertThat(value(evaluator, overall.getCell(DataKit.COL_SATISFACTION))).isCloseTo(mean(column(7, null)), within(1e-9));

            Sheet walkIns = wb.getSheet(DataKit.groupSheetName("Senza appuntamento"));
            assertThat(wb.getSheet(DataKit.groupSheetName("Appuntamento online"))).isNotNull();
            Row b2 = walkIns.getRow(DataKit.FIRST_RESULT_ROW + 1);
            List<Integer> walkInS2 = column(4, "Senza appuntamento");
            assertThat(value(evaluator, b2.getCell(DataKit.COL_VALID))).isEqualTo(walkInS2.size());
            assertThat(value(evaluator, b2.getCell(DataKit.COL_SATISFACTION))).isCloseTo(mean(walkInS2), within(1e-9));
            assertThat(value(evaluator, b2.getCell(DataKit.COL_TOP2))).isCloseTo(0.5, within(1e-9));
        }
    }

    @Test
    void an_empty_kit_shows_empty_results_not_errors() throws IOException {
        byte[] bytes = new DataKit(QuestionnaireModel.parse(QUESTIONNAIRE, MATRIX), (k, p) -> k).build();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            Row row = wb.getSheet(DataKit.RESULTS).getRow(DataKit.FIRST_RESULT_ROW);
            assertThat(evaluator.evaluate(row.getCell(DataKit.COL_VALID)).getNumberValue()).isZero();
            assertThat(evaluator.evaluate(row.getCell(DataKit.COL_SATISFACTION)).getStringValue()).isEmpty();
            assertThat(evaluator.evaluate(row.getCell(DataKit.COL_QUADRANT)).getStringValue()).isEmpty();
        }
    }

    @Test
    void the_labels_come_from_the_toolbox_bundle_in_both_languages() {
        assertThat(it.percorsi.base.i18n.TranslationProvider.translate("toolbox.kit.readme.text", Locale.ITALIAN, 1, 6, 2000, "A2"))
                .contains("da 1 a 6").contains("A2");
        assertThat(it.percorsi.base.i18n.TranslationProvider.translate("toolbox.kit.quadrant", Locale.ENGLISH)).isEqualTo("Quadrant");
    }

    private static void fill(Sheet data) {
        for (int r = 0; r < ANSWERS.length; r++) {
            Row row = data.createRow(1 + r);
            row.createCell(0).setCellValue(r + 1);
            row.createCell(1).setCellValue((String) ANSWERS[r][0]);
            for (int c = 1; c < ANSWERS[r].length; c++) {
                if (ANSWERS[r][c] != null) {
                    row.createCell(1 + c).setCellValue((Integer) ANSWERS[r][c]);
                }
            }
        }
    }

    /** The answers in one column of ANSWERS (1 = I_B1 ...), optionally for one group, without empty cells. */
    private static List<Integer> column(int index, String group) {
        List<Integer> values = new ArrayList<>();
        for (Object[] row : ANSWERS) {
            if (row[index] != null && (group == null || group.equals(row[0]))) {
                values.add((Integer) row[index]);
            }
        }
        return values;
    }

    private static double mean(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).average().orElseThrow();
    }

    private static double value(FormulaEvaluator evaluator, Cell cell) {
        return evaluator.evaluate(cell).getNumberValue();
    }
}
