package it.percorsi.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.assessment.AssessmentService;
import it.percorsi.assessment.AssessmentTestSupport;
import it.percorsi.assessment.Facets;
import it.percorsi.assessment.Questionnaire;
import it.percorsi.assessment.QuestionnaireReader;
import it.percorsi.base.ui.NotFoundView;
import it.percorsi.content.ContentTestData;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The questionnaire and its results speak the interface language: the texts are those of
 * the fixture library's assessment/questionnaire.yaml (Italian, or their {@code _en} siblings), never a mix.
 */
@PercorsiTest
@ViewPackages(classes = {AssessmentView.class, AssessmentResultsView.class, NotFoundView.class})
class AssessmentEnglishViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired AssessmentService service;

    /** The questionnaire as the file writes it. */
    static final Questionnaire FILE = QuestionnaireReader.read(ContentTestData.LIBRARY, null, null)
            .questionnaire().orElseThrow();

    @BeforeEach
    void newReferent() {
        TestUsers.logout();
        TestUsers.loginAs(context, AssessmentTestSupport.newReferent(context, "Anna English"));
    }

    @AfterEach
    void restore() {
        UI.getCurrent().setLocale(Locale.ITALIAN);
        TestUsers.logout();
    }

    @Test
    void the_wizard_shows_section_questions_options_and_help_in_english_in_english_mode() {
        Questionnaire.Section first = FILE.sections().getFirst();
        Questionnaire.Question type = FILE.question("tipo_amministrazione").orElseThrow();
        Questionnaire.Question channels = FILE.question("canali").orElseThrow();

        UI.getCurrent().setLocale(Locale.ENGLISH);
        AssessmentView view = navigate(AssessmentView.class);
        assertThat($(H2.class).id("assessment-title").getText()).isEqualTo(FILE.title().en());
        assertThat(view.progressText.getText()).isEqualTo("Section 1 of " + FILE.sections().size() + ": "
                + first.title().en());
        assertThat($(H3.class).id("section-title").getText()).isEqualTo(first.title().en());
        RadioButtonGroup<?> radios = (RadioButtonGroup<?>) view.fields.get("tipo_amministrazione");
        assertThat(radios.getLabel()).isEqualTo(type.text().en());
        assertThat(radios.getElement().hasAttribute("lang")).isFalse();
        @SuppressWarnings("unchecked")
        var labels = ((RadioButtonGroup<String>) radios).getItemLabelGenerator();
        type.options().forEach(o -> assertThat(labels.apply(o.value())).isEqualTo(o.label().en()));
        CheckboxGroup<?> channelBoxes = (CheckboxGroup<?>) view.fields.get("canali");
        assertThat(channelBoxes.getLabel()).isEqualTo(channels.text().en());
        assertThat(channelBoxes.getHelperText()).startsWith(channels.help().en());

        UI.getCurrent().setLocale(Locale.ITALIAN);
        view = navigate(AssessmentView.class);
        assertThat(view.progressText.getText()).isEqualTo("Sezione 1 di " + FILE.sections().size() + ": "
                + first.title().it());
        RadioButtonGroup<?> italian = (RadioButtonGroup<?>) view.fields.get("tipo_amministrazione");
        assertThat(italian.getLabel()).isEqualTo(type.text().it());
        @SuppressWarnings("unchecked")
        var italianLabels = ((RadioButtonGroup<String>) italian).getItemLabelGenerator();
        assertThat(italianLabels.apply("COMUNE")).isEqualTo(type.option("COMUNE").orElseThrow().label().it());
    }

    @Test
    void the_results_name_the_experience_facets_and_dimensions_in_english_in_english_mode() {
        var result = AssessmentTestSupport.takeAssessment(service, AssessmentTestSupport.BEGINNER);
        String level = result.profile().experience().name();

        UI.getCurrent().setLocale(Locale.ENGLISH);
        AssessmentResultsView view = navigate(AssessmentResultsView.class);
        assertThat($(Paragraph.class).id("results-headline").getText())
                .contains(FILE.valueLabel(Facets.EXPERIENCE, level).en())
                .doesNotContain(FILE.valueLabel(Facets.EXPERIENCE, level).it());
        Questionnaire.Facet typeFacet = FILE.facet(Facets.ADMINISTRATION_TYPE).orElseThrow();
        assertThat($(ListItem.class).from($(UnorderedList.class).id("results-facets")).all())
                .extracting(ListItem::getText)
                .contains(typeFacet.label().en() + ": " + FILE.valueLabel(typeFacet.id(), "COMUNE").en());
        assertThat(view.chart.options()).contains(FILE.dimensions().getFirst().label().en());

        UI.getCurrent().setLocale(Locale.ITALIAN);
        view = navigate(AssessmentResultsView.class);
        assertThat($(Paragraph.class).id("results-headline").getText())
                .contains(FILE.valueLabel(Facets.EXPERIENCE, level).it());
        assertThat(view.chart.options()).contains(FILE.dimensions().getFirst().label().it());
    }
}
