package it.percorsi.toolbox;

import it.percorsi.toolbox.QuestionnaireModel.Aspect;
import it.percorsi.toolbox.QuestionnaireModel.Question;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The data kit: an Excel workbook generated from the model questionnaire. The administration
 * types its answers in the data sheet; every result is a formula, so the workbook recalculates
 * (codebook, validated data entry, per-item means, top-2-box, margins of error, the
 * importance/satisfaction matrix with its chart, one results sheet per user group).
 */
public final class DataKit {

    public static final String CODEBOOK = "Codebook";
    public static final String DATA = "Dati";
    public static final String RESULTS = "Risultati";
    /** Rows available for answers in the data sheet. */
    public static final int MAX_ANSWERS = 2000;
    /** First data row (0-based) in the data sheet; row 0 holds the codes. */
    static final int FIRST_DATA_ROW = 1;
    /** First aspect row (0-based) in a results sheet; rows above hold the title and header. */
    public static final int FIRST_RESULT_ROW = 3;

    /** Columns of a results sheet (0-based). */
    public static final int COL_CODE = 0, COL_ASPECT = 1, COL_DIMENSION = 2, COL_VALID = 3, COL_IMPORTANCE = 4,
            COL_SATISFACTION = 5, COL_TOP2 = 6, COL_MARGIN = 7, COL_GAP = 8, COL_QUADRANT = 9;

    private final QuestionnaireModel model;
    private final Labels label;
    private XSSFWorkbook workbook;
    private CellStyle header;
    private CellStyle decimal;
    private CellStyle percent;

    /** The translated text of a {@code toolbox.kit.*} key with its parameters. */
    @FunctionalInterface
    public interface Labels {
        String apply(String key, Object... params);
    }

    public DataKit(QuestionnaireModel model, Labels label) {
        this.model = model;
        this.label = label;
    }

    public byte[] build() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            this.workbook = wb;
            styles();
            readMe();
            codebook();
            dataSheet();
            XSSFSheet results = resultsSheet(RESULTS, null);
            chart(results);
            for (String group : model.groupQuestion().options()) {
                resultsSheet(groupSheetName(group), group);
            }
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheet name for a user group: the option, cut to Excel's limits. */
    public static String groupSheetName(String group) {
        String name = WorkbookUtil.createSafeSheetName("G - " + group);
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    /** Data sheet column (0-based) of the group question, the importance/satisfaction of an aspect, the overall judgement. */
    public static int groupColumn() {
        return 1;
    }

    public static int importanceColumn(int aspectIndex) {
        return 2 + 2 * aspectIndex;
    }

    public static int satisfactionColumn(int aspectIndex) {
        return 3 + 2 * aspectIndex;
    }

    public int overallColumn() {
        return 2 + 2 * model.aspects().size();
    }

    private void styles() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
    }

    private void readMe() {
        Sheet sheet = workbook.createSheet(label.apply("toolbox.kit.readme.sheet"));
        String[] lines = label.apply("toolbox.kit.readme.text", model.scale().min(), model.scale().max(), MAX_ANSWERS,
                model.groupQuestion().code()).split("\\|");
        text(sheet, 0, 0, label.apply("toolbox.kit.title")).setCellStyle(header);
        for (int i = 0; i < lines.length; i++) {
            text(sheet, i + 2, 0, lines[i].trim());
        }
        sheet.setColumnWidth(0, 120 * 256);
    }

    private void codebook() {
        Sheet sheet = workbook.createSheet(CODEBOOK);
        headerRow(sheet, 0, "toolbox.kit.code", "toolbox.kit.question", "toolbox.kit.values", "toolbox.kit.column");
        int r = 1;
        Question group = model.groupQuestion();
        codebookRow(sheet, r++, group.code(), group.text(), String.join(" | ", group.options()), groupColumn());
        String scale = model.scale().min() + "–" + model.scale().max() + ", " + label.apply("toolbox.kit.blankIsNa");
        for (int i = 0; i < model.aspects().size(); i++) {
            Aspect a = model.aspects().get(i);
            codebookRow(sheet, r++, "I_" + a.code(), label.apply("toolbox.kit.importance") + ": " + a.label(), scale, importanceColumn(i));
            codebookRow(sheet, r++, "S_" + a.code(), label.apply("toolbox.kit.satisfaction") + ": " + a.label(), scale, satisfactionColumn(i));
        }
        codebookRow(sheet, r++, model.overall().code(), model.overall().text(), scale, overallColumn());
        for (Question q : model.choices()) {
            if (!q.code().equals(group.code())) {
                codebookRow(sheet, r++, q.code(), q.text(), String.join(" | ", q.options()), -1);
            }
        }
        sheet.setColumnWidth(0, 12 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        sheet.setColumnWidth(2, 60 * 256);
    }

    private void codebookRow(Sheet sheet, int r, String code, String question, String values, int column) {
        text(sheet, r, 0, code);
        text(sheet, r, 1, question);
        text(sheet, r, 2, values);
        text(sheet, r, 3, column >= 0 ? DATA + " " + CellReference.convertNumToColString(column)
                : label.apply("toolbox.kit.notInData"));
    }

    private void dataSheet() {
        XSSFSheet sheet = workbook.createSheet(DATA);
        Row codes = sheet.createRow(0);
        cell(codes, 0, "ID");
        cell(codes, groupColumn(), model.groupQuestion().code());
        for (int i = 0; i < model.aspects().size(); i++) {
            cell(codes, importanceColumn(i), "I_" + model.aspects().get(i).code());
            cell(codes, satisfactionColumn(i), "S_" + model.aspects().get(i).code());
        }
        cell(codes, overallColumn(), model.overall().code());
        codes.forEach(c -> c.setCellStyle(header));
        sheet.createFreezePane(2, 1);
        int last = FIRST_DATA_ROW + MAX_ANSWERS - 1;
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint groups = helper.createExplicitListConstraint(model.groupQuestion().options().toArray(String[]::new));
        addValidation(sheet, helper.createValidation(groups, new CellRangeAddressList(FIRST_DATA_ROW, last, groupColumn(), groupColumn())),
                "toolbox.kit.invalidGroup");
        DataValidationConstraint rating = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                "" + model.scale().min(), "" + model.scale().max());
        addValidation(sheet, helper.createValidation(rating, new CellRangeAddressList(FIRST_DATA_ROW, last, 2, overallColumn())),
                "toolbox.kit.invalidRating");
    }

    private void addValidation(XSSFSheet sheet, DataValidation validation, String messageKey) {
        validation.setShowErrorBox(true);
        validation.setEmptyCellAllowed(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(label.apply("toolbox.kit.invalidTitle"),
                label.apply(messageKey, model.scale().min(), model.scale().max()));
        sheet.addValidationData(validation);
    }

    /** A results sheet for all answers (group null) or for the answers of one group. */
    private XSSFSheet resultsSheet(String name, String group) {
        XSSFSheet sheet = workbook.createSheet(name);
        text(sheet, 0, 0, group == null ? label.apply("toolbox.kit.resultsAll")
                : label.apply("toolbox.kit.resultsGroup") + " " + model.groupQuestion().text() + " = " + group).setCellStyle(header);
        if (group != null) {
            text(sheet, 1, 0, label.apply("toolbox.kit.groupValue"));
            text(sheet, 1, 1, group);
        }
        headerRow(sheet, 2, "toolbox.kit.code", "toolbox.kit.aspect", "toolbox.kit.dimension", "toolbox.kit.valid",
                "toolbox.kit.importanceMean", "toolbox.kit.satisfactionMean", "toolbox.kit.top2", "toolbox.kit.margin",
                "toolbox.kit.gap", "toolbox.kit.quadrant");
        int n = model.aspects().size();
        int thresholdRow = FIRST_RESULT_ROW + n;
        String groupCriteria = group == null ? null : "$B$2";
        String groupRange = range(groupColumn());
        for (int i = 0; i < n; i++) {
            Aspect a = model.aspects().get(i);
            Row row = sheet.createRow(FIRST_RESULT_ROW + i);
            int excelRow = FIRST_RESULT_ROW + i + 1;
            cell(row, COL_CODE, a.code());
            cell(row, COL_ASPECT, a.label());
            cell(row, COL_DIMENSION, a.dimension());
            stats(row, excelRow, range(importanceColumn(i)), range(satisfactionColumn(i)), groupRange, groupCriteria);
            formula(row, COL_GAP, "IFERROR(E%1$d-F%1$d,\"\")".formatted(excelRow), decimal);
            String q = model.quadrants().get(0).replace("\"", "\"\"");
            formula(row, COL_QUADRANT, ("IF(OR(E%1$d=\"\",F%1$d=\"\"),\"\",IF(E%1$d>=$E$%2$d,IF(F%1$d>=$F$%2$d,\"%4$s\",\"%3$s\"),"
                    + "IF(F%1$d>=$F$%2$d,\"%6$s\",\"%5$s\")))").formatted(excelRow, thresholdRow + 1, q,
                    quote(model.quadrants().get(1)), quote(model.quadrants().get(2)), quote(model.quadrants().get(3))), null);
        }
        Row threshold = sheet.createRow(thresholdRow);
        cell(threshold, COL_ASPECT, label.apply("toolbox.kit.threshold"));
        String first = "E" + (FIRST_RESULT_ROW + 1), lastE = "E" + (FIRST_RESULT_ROW + n);
        formula(threshold, COL_IMPORTANCE, "IFERROR(AVERAGE(%s:%s),\"\")".formatted(first, lastE), decimal);
        formula(threshold, COL_SATISFACTION, "IFERROR(AVERAGE(F%d:F%d),\"\")".formatted(FIRST_RESULT_ROW + 1, FIRST_RESULT_ROW + n), decimal);
        Row overall = sheet.createRow(thresholdRow + 2);
        cell(overall, COL_CODE, model.overall().code());
        cell(overall, COL_ASPECT, model.overall().text());
        stats(overall, thresholdRow + 3, null, range(overallColumn()), groupRange, groupCriteria);
        for (int c = 0; c <= COL_QUADRANT; c++) {
            sheet.setColumnWidth(c, (c == COL_ASPECT ? 48 : c == COL_QUADRANT ? 24 : 14) * 256);
        }
        return sheet;
    }

    private static String quote(String s) {
        return s.replace("\"", "\"\"");
    }

    /** Valid answers, means, top-2-box and its margin of error for one aspect (importance range may be null). */
    private void stats(Row row, int excelRow, String importance, String satisfaction, String groupRange, String group) {
        int min = model.scale().min();
        int top = model.scale().topTwoFrom();
        if (group == null) {
            formula(row, COL_VALID, "COUNT(%s)".formatted(satisfaction), null);
            if (importance != null) {
                formula(row, COL_IMPORTANCE, "IFERROR(AVERAGE(%s),\"\")".formatted(importance), decimal);
            }
            formula(row, COL_SATISFACTION, "IFERROR(AVERAGE(%s),\"\")".formatted(satisfaction), decimal);
            formula(row, COL_TOP2, "IFERROR(COUNTIF(%s,\">=%d\")/D%d,\"\")".formatted(satisfaction, top, excelRow), percent);
        } else {
            formula(row, COL_VALID, "COUNTIFS(%s,%s,%s,\">=%d\")".formatted(groupRange, group, satisfaction, min), null);
            if (importance != null) {
                formula(row, COL_IMPORTANCE, "IFERROR(AVERAGEIFS(%s,%s,%s),\"\")".formatted(importance, groupRange, group), decimal);
            }
            formula(row, COL_SATISFACTION, "IFERROR(AVERAGEIFS(%s,%s,%s),\"\")".formatted(satisfaction, groupRange, group), decimal);
            formula(row, COL_TOP2, "IFERROR(COUNTIFS(%s,%s,%s,\">=%d\")/D%d,\"\")".formatted(groupRange, group, satisfaction, top,
                    excelRow), percent);
        }
        formula(row, COL_MARGIN, "IFERROR(1.96*SQRT(G%1$d*(1-G%1$d)/D%1$d),\"\")".formatted(excelRow), percent);
    }

    /** Importance (vertical) against satisfaction (horizontal), one point per aspect. */
    private void chart(XSSFSheet results) {
        int n = model.aspects().size();
        XSSFDrawing drawing = results.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, FIRST_RESULT_ROW + n + 5, 8, FIRST_RESULT_ROW + n + 28);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(label.apply("toolbox.kit.chartTitle"));
        chart.setTitleOverlay(false);
        XDDFValueAxis bottom = chart.createValueAxis(AxisPosition.BOTTOM);
        bottom.setTitle(label.apply("toolbox.kit.satisfactionMean"));
        bottom.setMinimum(model.scale().min());
        bottom.setMaximum(model.scale().max());
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setTitle(label.apply("toolbox.kit.importanceMean"));
        left.setMinimum(model.scale().min());
        left.setMaximum(model.scale().max());
        XDDFNumericalDataSource<Double> xs = XDDFDataSourcesFactory.fromNumericCellRange(results,
                new CellRangeAddress(FIRST_RESULT_ROW, FIRST_RESULT_ROW + n - 1, COL_SATISFACTION, COL_SATISFACTION));
        XDDFNumericalDataSource<Double> ys = XDDFDataSourcesFactory.fromNumericCellRange(results,
                new CellRangeAddress(FIRST_RESULT_ROW, FIRST_RESULT_ROW + n - 1, COL_IMPORTANCE, COL_IMPORTANCE));
        XDDFScatterChartData data = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, bottom, left);
        XDDFScatterChartData.Series series = (XDDFScatterChartData.Series) data.addSeries(xs, ys);
        series.setTitle(label.apply("toolbox.kit.chartSeries"), null);
        series.setSmooth(false);
        series.setMarkerStyle(MarkerStyle.CIRCLE);
        chart.plot(data);
    }

    private String range(int column) {
        String col = CellReference.convertNumToColString(column);
        return "%s!$%s$%d:$%s$%d".formatted(DATA, col, FIRST_DATA_ROW + 1, col, FIRST_DATA_ROW + MAX_ANSWERS);
    }

    private void headerRow(Sheet sheet, int r, String... keys) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < keys.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(label.apply(keys[c]));
            cell.setCellStyle(header);
        }
    }

    private static Cell text(Sheet sheet, int r, int c, String value) {
        Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        return cell(row, c, value);
    }

    private static Cell cell(Row row, int c, String value) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        return cell;
    }

    private static void formula(Row row, int c, String formula, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellFormula(formula);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Every aspect code, in questionnaire order (for tests and the codebook). */
    public List<String> aspectCodes() {
        List<String> codes = new ArrayList<>();
        model.aspects().forEach(a -> codes.add(a.code()));
        return codes;
    }
}
