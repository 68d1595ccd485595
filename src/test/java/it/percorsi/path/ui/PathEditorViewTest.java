package it.percorsi.path.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialogTester;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.assessment.QuestionnaireDefinitions;
import it.percorsi.base.ui.AccessDeniedView;
import it.percorsi.path.PathDefinitions;
import it.percorsi.path.PathRoutes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A trainer edits a path file as YAML, sees errors by line, tries the edited path and publishes it. */
@PercorsiTest
@ViewPackages(classes = {PathEditorView.class, PathFaqView.class, AccessDeniedView.class})
class PathEditorViewTest extends SpringBrowserlessTest {

    static final String FILE = "paths/primo-ascolto-sportello.yaml";

    @Autowired ApplicationContext context;
    @Autowired PathDefinitions paths;
    @Autowired QuestionnaireDefinitions questionnaire;

    @BeforeEach
    void asTrainer() {
        TestUsers.loginAs(context, TestUsers.TRAINER);
    }

    @AfterEach
    void backToTheFolder() {
        TestUsers.loginAs(context, TestUsers.TRAINER);
        questionnaire.reload();
        paths.reload();
        TestUsers.logout();
    }

    @Test
    void errors_are_listed_by_line_the_text_stays_and_try_shows_the_edited_path_before_publishing() {
        UI.getCurrent().navigate(PathRoutes.EDITOR);
        PathEditorView view = (PathEditorView) getCurrentView();
        assertThat(view.yaml.getLabel()).isEqualTo("Testo YAML del file");
        assertThat(view.yaml.getClassNames()).contains("yaml-editor");
        test(view.file).selectItem(FILE);
        String original = view.yaml.getValue();
        assertThat(original).contains("id: primo-ascolto-sportello");

        String broken = original.replaceFirst("effort_hours: 4", "effort_hours: quattro");
        test(view.yaml).setValue(broken);
        test(view.publish).click();
        assertThat(view.status.getText()).startsWith("Non pubblicato: il testo ha 1 errori");
        int line = broken.lines().toList().indexOf("    effort_hours: quattro") + 1;
        assertThat(view.problems.getElement().getTextRecursively())
                .contains("Riga " + line + ": step 'chiarire-il-servizio': effort_hours is not a number: 'quattro'");
        assertThat(view.yaml.getValue()).isEqualTo(broken); // nothing typed is lost
        assertThat(paths.current().step("chiarire-il-servizio").orElseThrow().effortHours()).isEqualTo(4.0);

        String edited = original.replace("title: Chiarire a che cosa serve lo sportello",
                "title: Chiarire lo scopo (provato)");
        test(view.yaml).setValue(edited);
        test(view.validate).click();
        assertThat(view.status.getText()).startsWith("Il testo è valido. Non è ancora pubblicato");
        assertThat(view.singleAnswers).isNotEmpty();
        test(view.tryIt).click();
        String tried = view.tryResult.getElement().getTextRecursively();
        assertThat(tried).contains("Percorso: Primo ascolto allo sportello")
                .contains("Chiarire lo scopo (provato) (4 ore)").contains("Impegno totale:");
        assertThat(paths.current().step("chiarire-il-servizio").orElseThrow().title().it())
                .isEqualTo("Chiarire a che cosa serve lo sportello"); // trying published nothing

        test(view.publish).click();
        assertThat(view.status.getText()).startsWith("Pubblicato");
        assertThat(paths.current().step("chiarire-il-servizio").orElseThrow().title().it())
                .isEqualTo("Chiarire lo scopo (provato)");
    }

    @Test
    void a_dirty_editor_asks_before_navigating_away_and_a_clean_one_does_not() {
        UI.getCurrent().navigate(PathRoutes.FAQS);
        UI.getCurrent().navigate(PathRoutes.EDITOR);
        PathEditorView view = (PathEditorView) getCurrentView();
        test(view.file).selectItem(FILE);
        assertThat(view.dirty()).isFalse();
        assertThat(view.unloadGuard).isFalse();

        String original = view.yaml.getValue();
        test(view.yaml).setValue(original + "\n# una nota\n");
        assertThat(view.dirty()).isTrue();
        assertThat(view.unloadGuard).isTrue(); // the tab-closing question is installed

        UI.getCurrent().navigate(PathRoutes.FAQS);
        roundTrip(); // the dialog attaches itself before the response
        assertThat(getCurrentView()).isSameAs(view); // postponed
        assertThat(view.leaveDialog).isNotNull();
        ConfirmDialogTester dialog = test(view.leaveDialog);
        assertThat(dialog.getHeader()).isEqualTo("Uscire senza pubblicare?");
        assertThat(dialog.getText()).contains("modifiche non pubblicate");
        dialog.cancel(); // "stay"
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.yaml.getValue()).endsWith("# una nota\n");

        // picking another file would replace the text: the same question, "stay" keeps file and text
        String other = view.file.getListDataView().getItems().filter(f -> !f.equals(FILE)).findFirst().orElseThrow();
        test(view.file).selectItem(other);
        roundTrip();
        assertThat(view.leaveDialog).isNotNull();
        test(view.leaveDialog).cancel();
        assertThat(view.file.getValue()).isEqualTo(FILE);
        assertThat(view.yaml.getValue()).endsWith("# una nota\n");
        assertThat(view.dirty()).isTrue();

        UI.getCurrent().navigate(PathRoutes.FAQS);
        roundTrip();
        assertThat(getCurrentView()).isSameAs(view);
        test(view.leaveDialog).confirm(); // "leave"
        // the navigation went on (a trainer lands on the access-denied page of the referents' FAQ)
        assertThat(getCurrentView()).isNotInstanceOf(PathEditorView.class);
        assertThat(view.unloadGuard).isFalse();

        UI.getCurrent().navigate(PathRoutes.EDITOR);
        PathEditorView clean = (PathEditorView) getCurrentView();
        test(clean.file).selectItem(FILE);
        test(clean.yaml).setValue(clean.yaml.getValue() + "\n# provvisorio\n");
        test(clean.revert).click(); // back to the text in use: clean again
        assertThat(clean.unloadGuard).isFalse();
        UI.getCurrent().navigate(PathRoutes.FAQS);
        assertThat(getCurrentView()).isNotInstanceOf(PathEditorView.class);
        assertThat(clean.leaveDialog).isNull();
    }

    @Test
    void an_example_administration_fills_the_try_form_skipping_unknown_questions_and_paths_differ() {
        UI.getCurrent().navigate(PathRoutes.FAQS);
        UI.getCurrent().navigate(PathRoutes.EDITOR);
        PathEditorView view = (PathEditorView) getCurrentView();
        test(view.file).selectItem(FILE);
        assertThat(view.tryProfile.getLabel()).isEqualTo("Amministrazione di esempio");

        test(view.tryProfile).selectItem("Comune piccolo, prima esperienza, sportello");
        assertThat(view.singleAnswers.get("tipo_amministrazione").getValue()).isEqualTo("COMUNE");
        assertThat(view.singleAnswers.get("indagini_svolte").getValue()).isEqualTo("MAI");
        assertThat(view.multipleAnswers.get("canali").getValue()).containsExactly("SERVED");
        // the test questionnaire has no "conoscenza_utenti" question and no "NO" for strumenti_online
        assertThat(view.profileNotice.getText()).contains("tranne quelle che questo questionario non ha")
                .contains("conoscenza_utenti").contains("utenti_fragili");
        test(view.tryIt).click();
        String small = view.tryResult.getElement().getTextRecursively();
        assertThat(small).contains("Percorso:");

        test(view.tryProfile).selectItem("ASL con esperienza, canali digitali");
        assertThat(view.singleAnswers.get("tipo_amministrazione").getValue()).isEqualTo("AZIENDA_SANITARIA");
        assertThat(view.multipleAnswers.get("canali").getValue()).containsExactlyInAnyOrder("SELF_SERVICE",
                "INTERMEDIATED");
        assertThat(view.tryResult.getChildren()).isEmpty(); // the old result is not shown for new answers
        // the trainer can still change an answer after picking the example
        test(view.singleAnswers.get("persone")).selectItem(labelOf(view, "persone", "UFFICIO"));
        assertThat(view.singleAnswers.get("persone").getValue()).isEqualTo("UFFICIO");
        test(view.tryIt).click();
        String asl = view.tryResult.getElement().getTextRecursively();
        assertThat(asl).contains("Percorso:").isNotEqualTo(small);
    }

    private static String labelOf(PathEditorView view, String question, String value) {
        return view.singleAnswers.get(question).getItemLabelGenerator().apply(value);
    }

    @Test
    void referents_and_help_desk_staff_cannot_open_the_editor() {
        for (String who : java.util.List.of(TestUsers.REFERENT, TestUsers.HELPDESK)) {
            TestUsers.loginAs(context, who);
            UI.getCurrent().navigate(PathRoutes.FAQS);
            UI.getCurrent().navigate(PathRoutes.EDITOR);
            assertThat(getCurrentView()).isNotInstanceOf(PathEditorView.class);
        }
    }
}
