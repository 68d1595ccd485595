package it.percorsi.toolbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.content.ui.ToolView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The calculators and download links on the tool pages, without a browser. */
@PercorsiTest
@ViewPackages(classes = ToolView.class)
class ToolboxViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void the_sample_size_calculator_gives_the_published_answers_and_shows_the_formula() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        ToolView view = navigate("strumenti/calcolo-del-campione", ToolView.class);
        SampleSizeCalculator calc = $(SampleSizeCalculator.class).from(view).single();
        assertThat(calc.result.getText()).isEqualTo("Servono 385 risposte.");
        test(calc.population).setValue(2000);
        assertThat(calc.result.getText()).isEqualTo("Servono 323 risposte.");
        assertThat(calc.formula.getText()).contains("384,16").contains("322,4").contains("323");
        test(calc.margin).setValue(3.0);
        assertThat(calc.result.getText()).isEqualTo("Servono 697 risposte.");
        test(calc.confidence).selectItem("99 %");
        assertThat(calc.result.getText()).isNotEqualTo("Servono 697 risposte.");
    }

    @Test
    void a_margin_out_of_range_is_flagged_next_to_the_field_and_keeps_the_other_values() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        ToolView view = navigate("strumenti/calcolo-del-campione", ToolView.class);
        SampleSizeCalculator calc = $(SampleSizeCalculator.class).from(view).single();
        test(calc.population).setValue(1000);
        calc.margin.setValue(40.0); // what a browser sends when the user types past the limit
        assertThat(calc.margin.isInvalid()).isTrue();
        assertThat(calc.margin.getErrorMessage()).isEqualTo("Inserisci un margine da 1 a 20 punti.");
        assertThat(calc.result.getText()).isEqualTo("Correggi il valore segnalato per vedere il risultato.");
        assertThat(calc.population.getValue()).isEqualTo(1000);
        test(calc.margin).setValue(5.0);
        assertThat(calc.margin.isInvalid()).isFalse();
        assertThat(calc.result.getText()).isEqualTo("Servono 278 risposte.");
    }

    @Test
    void the_fieldwork_calculator_gives_contacts_days_and_the_step() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        ToolView view = navigate("strumenti/calcolo-del-campione", ToolView.class);
        FieldworkCalculator calc = $(FieldworkCalculator.class).from(view).single();
        assertThat(calc.result.getText()).isEqualTo("Inserisci gli utenti al giorno per vedere il risultato.");
        test(calc.dailyUsers).setValue(60);
        assertThat(calc.result.getText()).isEqualTo("Invita 808 persone: servono 14 giorni di rilevazione, invitando un utente ogni 1.");
        calc.responseRate.setValue(0.0);
        assertThat(calc.responseRate.isInvalid()).isTrue();
        assertThat(calc.dailyUsers.getValue()).isEqualTo(60);
    }

    @Test
    void every_tool_page_offers_its_word_download_and_the_questionnaire_also_the_data_kit() {
        TestUsers.loginAs(context, TestUsers.REFERENT);
        ToolView focus = navigate("strumenti/traccia-gruppo-di-discussione", ToolView.class);
        assertThat($(Anchor.class).from(focus).id("download-docx").getText()).isEqualTo("Scarica lo strumento in Word (.docx)");
        assertThat($(Anchor.class).from(focus).id("download-docx").getHref()).isNotBlank();
        assertThat($(Anchor.class).from(focus).all()).noneMatch(a -> "download-kit".equals(a.getId().orElse("")));
        assertThat($(SampleSizeCalculator.class).from(focus).all()).isEmpty();
        ToolView model = navigate("strumenti/modello-questionario-cs", ToolView.class);
        assertThat($(Anchor.class).from(model).id("download-kit").getText()).isEqualTo("Scarica il kit dati in Excel (.xlsx)");
    }
}
