package it.percorsi.path.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.assessment.AssessmentService;
import it.percorsi.assessment.AssessmentTestSupport;
import it.percorsi.assessment.QuestionnaireReader;
import it.percorsi.base.ui.NotFoundView;
import it.percorsi.content.ContentKind;
import it.percorsi.content.ContentTestData;
import it.percorsi.content.internal.ContentReader;
import it.percorsi.content.internal.DocumentSpec;
import it.percorsi.home.ui.ReferentHomeView;
import it.percorsi.path.PathLibrary;
import it.percorsi.path.PathLibraryReader;
import it.percorsi.path.PathTemplate;
import it.percorsi.path.StepDefinition;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The path page and the home card speak the interface language: template, reasons, steps,
 * self-checks and linked guides in English in English mode (values read from the fixture library's
 * paths and guides' front matter), so "Recommended because" is never followed by Italian.
 */
@PercorsiTest
@ViewPackages(classes = {PathView.class, ReferentHomeView.class, NotFoundView.class})
class PathEnglishViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired AssessmentService assessments;

    static final PathLibrary FILES = PathLibraryReader.read(ContentTestData.LIBRARY, PathLibraryReader.Catalog.of(
            QuestionnaireReader.read(ContentTestData.LIBRARY, null, null).questionnaire().orElseThrow(), null, null,
            null)).library().orElseThrow();

    @BeforeEach
    void referentWithAPath() {
        TestUsers.logout();
        TestUsers.loginAs(context, AssessmentTestSupport.newReferent(context, "Paul English"));
        AssessmentTestSupport.takeAssessment(assessments, AssessmentTestSupport.BEGINNER);
    }

    @AfterEach
    void restore() {
        UI.getCurrent().setLocale(Locale.ITALIAN);
        TestUsers.logout();
    }

    private static String text(com.vaadin.flow.component.Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void the_path_shows_template_reasons_steps_and_links_in_english_in_english_mode() {
        PathTemplate template = FILES.template("primo-ascolto-sportello").orElseThrow();
        StepDefinition mystery = FILES.step("osservatori-in-incognito").orElseThrow();
        StepDefinition first = FILES.step("sostegno-della-dirigenza").orElseThrow();
        DocumentSpec guide = ContentReader.read(ContentTestData.LIBRARY).documents().stream()
                .filter(d -> d.kind() == ContentKind.GUIDE && d.slug().equals(mystery.guides().getFirst()))
                .findFirst().orElseThrow();

        UI.getCurrent().setLocale(Locale.ENGLISH);
        PathView view = navigate(PathView.class);
        assertThat($(H2.class).id("path-title").getText()).isEqualTo(template.title().en());
        assertThat(text($(Paragraph.class).id("path-because"))).isEqualTo("Recommended because " + template.because().en());
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains(template.summary().en());
        StepPanel panel = view.steps.stream().filter(p -> p.step().stepId().equals("osservatori-in-incognito")).findFirst()
                .orElseThrow();
        assertThat($(it.percorsi.base.ui.StaticHtml.Part.class).from(panel).first().getInnerHtml())
                .contains("<span class=\"path-step-title\">" + org.jsoup.nodes.Entities.escape(mystery.title().en()) + "</span>");
        PathPageActions.openedChanged(panel, true); // a closed step's content is built when it is opened (issue 14)
        assertThat(text($(UnorderedList.class).id("reasons-osservatori-in-incognito")))
                .isEqualTo("Recommended because " + mystery.because().en());
        assertThat($(Anchor.class).id("osservatori-in-incognito-guide-" + guide.slug()).getText()).isEqualTo(guide.titleEn());
        assertThat(PathPageActions.requireCheck("osservatori-in-incognito-check-" + mystery.checks().getFirst().id()).text())
                .isEqualTo(mystery.checks().getFirst().text().en());
        // nothing falls back to Italian here, so nothing is marked lang="it"
        assertThat(view.getElement().getOuterHTML()).doesNotContain("lang=\"it\"");

        navigate(ReferentHomeView.class);
        assertThat(text($(Paragraph.class).id("next-step-title"))).startsWith(first.title().en());

        UI.getCurrent().setLocale(Locale.ITALIAN);
        navigate(PathView.class).steps.stream().filter(p -> p.step().stepId().equals("osservatori-in-incognito"))
                .findFirst().orElseThrow().setOpened(true);
        assertThat($(H2.class).id("path-title").getText()).isEqualTo(template.title().it());
        assertThat(text($(Paragraph.class).id("path-because"))).isEqualTo("Consigliato perché " + template.because().it());
        assertThat(text($(UnorderedList.class).id("reasons-osservatori-in-incognito")))
                .isEqualTo("Consigliato perché " + mystery.because().it());
        assertThat($(Anchor.class).id("osservatori-in-incognito-guide-" + guide.slug()).getText()).isEqualTo(guide.title());
        navigate(ReferentHomeView.class);
        assertThat(text($(Paragraph.class).id("next-step-title"))).startsWith(first.title().it());
    }
}
