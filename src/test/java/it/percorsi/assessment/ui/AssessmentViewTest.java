package it.percorsi.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.assessment.AssessmentService;
import it.percorsi.assessment.AssessmentTestSupport;
import it.percorsi.assessment.Questionnaire;
import it.percorsi.base.ui.NotFoundView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The wizard on the fixture library's questionnaire: section titles and labels below are the fixture's. */
@PercorsiTest
@ViewPackages(classes = {AssessmentView.class, NotFoundView.class})
class AssessmentViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired AssessmentService service;

    @BeforeEach
    void newReferent() {
        TestUsers.logout();
        TestUsers.loginAs(context, AssessmentTestSupport.newReferent(context, "Marta Test"));
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<String> radios(AssessmentView view, String question) {
        return (RadioButtonGroup<String>) view.fields.get(question);
    }

    /** Saves every section but the summary's confirmation, as a referent who stopped there. */
    private void answerEverything() {
        for (Questionnaire.Section s : service.questionnaire().sections()) {
            Map<String, List<String>> part = new LinkedHashMap<>();
            s.questions().forEach(q -> {
                if (AssessmentTestSupport.BEGINNER.containsKey(q.id())) {
                    part.put(q.id(), AssessmentTestSupport.BEGINNER.get(q.id()));
                }
            });
            service.saveSection(s.id(), part, true);
        }
    }

    private Map<String, List<String>> firstSection() {
        Map<String, List<String>> first = new LinkedHashMap<>();
        service.questionnaire().sections().getFirst().questions()
                .forEach(q -> first.put(q.id(), AssessmentTestSupport.BEGINNER.get(q.id())));
        return first;
    }

    @Test
    void a_new_referent_starts_at_the_first_section_with_a_progress_indicator() {
        AssessmentView view = navigate(AssessmentView.class);
        assertThat(view.progressText.getText()).isEqualTo("Sezione 1 di 4: Lo sportello da migliorare");
        assertThat(view.progress.getValue()).isZero();
        assertThat(view.fields).containsKeys("tipo_amministrazione", "tipo_servizio", "canali");
        assertThat(view.fields.get("canali")).isInstanceOf(CheckboxGroup.class);
        // aria-required is not allowed on a checkbox group: the required mark comes from a class
        CheckboxGroup<?> channels = (CheckboxGroup<?>) view.fields.get("canali");
        assertThat(channels.isRequiredIndicatorVisible()).isFalse();
        assertThat(channels.hasClassName("assessment-required")).isTrue();
        assertThat(channels.getHelperText()).contains("Scegliete almeno una risposta.");
        assertThat(view.back.isEnabled()).isFalse();
        assertThat($(Paragraph.class).all()).noneMatch(p -> "assessment-resume".equals(p.getId().orElse("")));
    }

    @Test
    void missing_answers_get_a_message_next_to_the_question_and_what_was_given_is_kept() {
        AssessmentView view = navigate(AssessmentView.class);
        test(radios(view, "tipo_amministrazione")).selectItem("Comune");
        test(view.next).click();

        RadioButtonGroup<String> service2 = radios(view, "tipo_servizio");
        assertThat(service2.isInvalid()).isTrue();
        assertThat(service2.getErrorMessage()).isEqualTo("Rispondete a questa domanda.");
        assertThat(radios(view, "tipo_amministrazione").isInvalid()).isFalse();
        assertThat(radios(view, "tipo_amministrazione").getValue()).isEqualTo("COMUNE");
        assertThat(view.progressText.getText()).startsWith("Sezione 1 di 4");
        // said next to the buttons, not in a notification that would cover them
        assertThat(view.errorSummary.isVisible()).isTrue();
        assertThat(view.errorSummary.getText()).startsWith("Controllate le risposte segnalate");
        assertThat(view.errorSummary.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat($(com.vaadin.flow.component.notification.Notification.class).all()).isEmpty();
        assertThat(service.draft().answers()).containsEntry("tipo_amministrazione", List.of("COMUNE"));
    }

    @Test
    void next_and_back_move_between_sections_saving_the_answers() {
        service.saveSection("servizio", firstSection(), false);
        AssessmentView view = navigate(AssessmentView.class);
        test(view.next).click();
        assertThat(view.progressText.getText()).isEqualTo("Sezione 2 di 4: Quello che avete già fatto");
        test(radios(view, "indagini_svolte")).selectItem("Mai");
        test(view.back).click();
        assertThat(view.progressText.getText()).startsWith("Sezione 1 di 4");
        assertThat(service.draft().answers()).containsEntry("indagini_svolte", List.of("MAI"));
    }

    @Test
    void a_follow_up_question_appears_only_when_an_earlier_answer_asks_for_it() {
        service.saveSection("servizio", firstSection(), true); // the draft now resumes at section 2
        AssessmentView view = navigate(AssessmentView.class);
        assertThat(view.progressText.getText()).startsWith("Sezione 2 di 4");
        assertThat(view.fields.get("metodi_usati").isVisible()).isFalse();
        test(radios(view, "indagini_svolte")).selectItem("Una volta");
        assertThat(view.fields.get("metodi_usati").isVisible()).isTrue();
        test(radios(view, "indagini_svolte")).selectItem("Mai");
        assertThat(view.fields.get("metodi_usati").isVisible()).isFalse();
    }

    @Test
    void the_summary_lists_the_answers_and_completing_opens_the_results() {
        answerEverything();
        AssessmentView view = navigate(AssessmentView.class);
        assertThat(view.progressText.getText()).isEqualTo("Riepilogo");
        assertThat(view.missing.isVisible()).isFalse();
        assertThat($(Paragraph.class).id("assessment-resume").getText()).contains("Marta Test");
        test(view.complete).click();
        AssessmentResultsView results = (AssessmentResultsView) getCurrentView();
        assertThat($(Paragraph.class).id("results-headline").getText())
                .isEqualTo("Esperienza della vostra amministrazione nell'ascolto degli utenti: un ascolto ancora da cominciare.");
        assertThat(results.chart.options()).contains("\"name\":\"Appoggio dei dirigenti\",\"max\":100")
                .contains("\"Questa autovalutazione\"").doesNotContain("precedente");
        assertThat(test(results.history).size()).isEqualTo(1);
        assertThat(test(results.scores).size()).isEqualTo(7);
    }

    @Test
    void the_results_show_the_previous_assessment_and_refuse_another_administrations_id() {
        AssessmentTestSupport.takeAssessment(service, AssessmentTestSupport.BEGINNER);
        Long latest = AssessmentTestSupport.takeAssessment(service, AssessmentTestSupport.EXPERIENCED).id();
        AssessmentResultsView results = navigate("autovalutazione/risultati/" + latest, AssessmentResultsView.class);
        assertThat(results.chart.options()).contains("Autovalutazione precedente").contains("\"lineStyle\":{\"type\":\"dashed\"}");
        assertThat(test(results.history).size()).isEqualTo(2);

        TestUsers.loginAs(context, TestUsers.OTHER_REFERENT);
        com.vaadin.flow.component.UI.getCurrent().navigate("autovalutazione/risultati/" + latest);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void after_completing_the_page_shows_the_latest_results_and_history_and_a_retake_starts_from_the_previous_answers() {
        AssessmentTestSupport.takeAssessment(service, AssessmentTestSupport.BEGINNER);
        AssessmentView view = navigate(AssessmentView.class);
        assertThat($(Paragraph.class).id("assessment-latest").getText()).startsWith("Ultima autovalutazione completata il")
                .contains("Marta Test");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("assessment-latest-results").getHref())
                .startsWith("autovalutazione/risultati/");
        assertThat($(com.vaadin.flow.component.html.UnorderedList.class).id("assessment-history").getChildren()).hasSize(1);
        assertThat(service.hasDraft()).isFalse(); // just looking starts nothing

        test($(com.vaadin.flow.component.button.Button.class).id("assessment-retake")).click();
        assertThat(view.progressText.getText()).startsWith("Sezione 1 di 4");
        assertThat(radios(view, "tipo_amministrazione").getValue()).isEqualTo("COMUNE");
        assertThat(service.draft().answers()).containsAllEntriesOf(
                Map.of("tipo_servizio", List.of("DEMOGRAFICI"),
                        "budget", AssessmentTestSupport.BEGINNER.get("budget")));
    }

    @Test
    void the_retake_link_of_the_results_goes_straight_to_the_wizard() {
        AssessmentTestSupport.takeAssessment(service, AssessmentTestSupport.BEGINNER);
        com.vaadin.flow.component.UI.getCurrent().navigate("autovalutazione",
                com.vaadin.flow.router.QueryParameters.of(AssessmentView.RETAKE, "1"));
        AssessmentView view = (AssessmentView) getCurrentView();
        assertThat(view.progressText.getText()).startsWith("Sezione 1 di 4");
        assertThat(radios(view, "tipo_amministrazione").getValue()).isEqualTo("COMUNE");
    }
}
