package it.percorsi.toolbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.AuthenticationException;

@PercorsiTest
class ToolboxServiceTest {

    @Autowired ApplicationContext context;
    @Autowired ToolboxService toolbox;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void a_logged_in_user_downloads_a_tool_as_a_word_document() throws Exception {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        Download word = toolbox.toolAsWord("traccia-gruppo-di-discussione").orElseThrow();
        assertThat(word.fileName()).isEqualTo("traccia-gruppo-di-discussione.docx");
        assertThat(word.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(word.bytes()))) {
            assertThat(doc.getParagraphs()).anyMatch(p -> "Heading1".equals(p.getStyle()));
        }
        assertThat(toolbox.toolAsWord("non-esiste")).isEmpty();
    }

    @Test
    void the_data_kit_is_an_excel_workbook_with_one_sheet_per_user_group() throws Exception {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        Download kit = toolbox.dataKit(Locale.ITALIAN);
        assertThat(kit.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(kit.fileName()).endsWith(".xlsx");
        QuestionnaireModel model = toolbox.questionnaireModel();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(kit.bytes()))) {
            assertThat(wb.getSheet(DataKit.RESULTS).getRow(DataKit.FIRST_RESULT_ROW + model.aspects().size() - 1)
                    .getCell(DataKit.COL_CODE).getStringCellValue()).isEqualTo(model.aspects().getLast().code());
            for (String group : model.groupQuestion().options()) {
                assertThat(wb.getSheet(DataKit.groupSheetName(group))).as(group).isNotNull();
            }
        }
    }

    @Test
    void nobody_downloads_without_logging_in() {
        assertThatThrownBy(() -> toolbox.toolAsWord("traccia-gruppo-di-discussione")).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> toolbox.dataKit(Locale.ITALIAN)).isInstanceOf(AuthenticationException.class);
    }
}
