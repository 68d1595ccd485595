package it.percorsi.toolbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The calculators against the formulas and against the table published in the sample-size tool. */
class CalculatorsTest {

    @Test
    void sample_size_matches_the_worked_examples() {
        assertThat(SampleSize.infinite(95, 5, 0.5)).isCloseTo(384.16, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(SampleSize.answers(0, 95, 5, 0.5)).isEqualTo(385);
        assertThat(SampleSize.answers(2000, 95, 5, 0.5)).isEqualTo(323);
        assertThat(SampleSize.answers(2000, 99, 5, 0.5)).isGreaterThan(323);
    }

    @Test
    void every_cell_of_the_published_sample_size_table_is_what_the_calculator_gives() throws IOException {
        String tool = Files.readString(LibraryConsistencyTest.CONTENT.resolve("tools/calcolo-del-campione.md"), StandardCharsets.UTF_8);
        List<long[]> rows = publishedTable(tool);
        assertThat(rows).hasSizeGreaterThanOrEqualTo(8);
        double[] margins = {3, 5, 10};
        for (long[] row : rows) {
            for (int m = 0; m < margins.length; m++) {
                assertThat(SampleSize.answers(row[0], 95, margins[m], 0.5))
                        .as("N = %d, margin ±%s%%", row[0], margins[m]).isEqualTo(row[m + 1]);
            }
        }
    }

    @Test
    void fieldwork_days_round_contacts_and_days_up() {
        FieldworkPlan plan = FieldworkPlan.of(323, 60, 40);
        assertThat(plan.contacts()).isEqualTo(808);
        assertThat(plan.days()).isEqualTo(14);
        assertThat(plan.step()).isEqualTo(1);
        FieldworkPlan many = FieldworkPlan.of(323, 500, 25);
        assertThat(many.contacts()).isEqualTo(1292);
        assertThat(many.days()).isEqualTo(3);
        assertThat(many.step()).isEqualTo(1);
        assertThat(FieldworkPlan.of(100, 1000, 50).step()).isEqualTo(5);
    }

    @Test
    void calculators_refuse_impossible_input() {
        assertThatThrownBy(() -> SampleSize.answers(100, 95, 0, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleSize.z(80)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldworkPlan.of(100, 0, 40)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldworkPlan.of(100, 10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Rows of the "Tabella pronta": population (very large = 0) and the three margins. */
    static List<long[]> publishedTable(String markdown) {
        List<long[]> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("| Popolazione N")) {
                inTable = true;
                continue;
            }
            if (inTable && line.startsWith("|---")) {
                continue;
            }
            if (inTable && !line.startsWith("|")) {
                break;
            }
            if (inTable) {
                List<String> cells = LibraryConventions.cells(line);
                long population = cells.get(0).matches("[0-9.]+") ? Long.parseLong(cells.get(0).replace(".", "")) : 0;
                rows.add(new long[] {population, number(cells.get(1)), number(cells.get(2)), number(cells.get(3))});
            }
        }
        return rows;
    }

    private static long number(String cell) {
        return Long.parseLong(cell.replace(".", "").replace("*", "").trim());
    }
}
