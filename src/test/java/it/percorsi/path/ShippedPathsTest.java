package it.percorsi.path;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.assessment.QuestionnaireValidator;
import it.percorsi.assessment.ShippedContent;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShippedPathsTest {

    @Test
    void the_shipped_questionnaire_and_paths_have_no_problems() {
        var questionnaire = new QuestionnaireValidator().validate(ShippedContent.ROOT, ShippedContent.guides(),
                ShippedContent.tools());
        var paths = new PathValidator().validate(ShippedContent.ROOT, ShippedContent.guides(), ShippedContent.tools(),
                ShippedContent.faqs());
        assertThat(questionnaire).isEmpty();
        assertThat(paths).isEmpty();
    }

    @Test
    void the_shipped_questionnaire_has_at_least_20_questions_in_sections_and_6_dimensions() {
        var q = ShippedContent.questionnaire();
        assertThat(q.questions()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(q.sections()).extracting(s -> s.id()).containsExactly("servizio", "esperienza", "risorse", "obiettivi");
        assertThat(q.dimensions()).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void the_shipped_library_has_the_five_templates_and_optional_steps_for_each_channel_and_goal() {
        PathLibrary library = ShippedLibrary.load();
        assertThat(library.templates()).extracting(PathTemplate::id).containsExactly("co-progettazione",
                "valutazione-partecipativa", "riprogettare-accesso", "consolidamento", "primo-percorso");
        assertThat(library.template("valutazione-partecipativa").orElseThrow().steps()).hasSize(7);
        assertThat(library.template("valutazione-partecipativa").orElseThrow().keepsTogether()).isTrue();
        List<String> optional = library.optionalSteps().stream().map(StepDefinition::id).toList();
        assertThat(optional).contains("mystery-shopping", "tempi-di-attesa", "interviste-uscita", "feedback-online",
                "web-analytics", "test-usabilita", "indagine-intermediari", "partenariato-intermediari",
                "valutazione-accesso", "co-produzione", "audit-civico-sanita");
        assertThat(library.settings().hoursPerWeek()).isNotEmpty();
        assertThat(library.settings().budgetWeeks()).isNotEmpty();
        assertThat(library.settings().optionalLimit()).isNotEmpty();
    }
}
