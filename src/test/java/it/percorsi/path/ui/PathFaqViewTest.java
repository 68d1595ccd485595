package it.percorsi.path.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import it.percorsi.MutableClock;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.assessment.AssessmentService;
import it.percorsi.assessment.AssessmentTestSupport;
import it.percorsi.base.ui.AccessDeniedView;
import it.percorsi.path.PathStepView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The FAQs of the referent's own path, step by step, each a link to its FAQ page. */
@PercorsiTest
@ViewPackages(classes = {PathFaqView.class, AccessDeniedView.class})
class PathFaqViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired AssessmentService assessments;
    @Autowired MutableClock clock;

    @AfterEach
    void cleanUp() {
        TestUsers.logout();
        clock.reset();
    }

    @Test
    void without_a_path_the_page_points_to_all_faqs() {
        TestUsers.loginAs(context, AssessmentTestSupport.newReferent(context, "Rita Levi"));
        PathFaqView empty = navigate(PathFaqView.class);
        assertThat(empty.path).isEmpty();
        assertThat($(Anchor.class).id("path-faqs-all").getHref()).isEqualTo("faq");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains(
                "Non avete ancora un percorso: fate l'autovalutazione per averlo. Intanto potete leggere tutte le domande frequenti.");
    }

    @Test
    void with_a_path_each_step_lists_its_faqs() {
        TestUsers.loginAs(context, AssessmentTestSupport.newReferent(context, "Rita Montalcini"));
        AssessmentTestSupport.takeAssessment(assessments, AssessmentTestSupport.BEGINNER);
        PathFaqView view = navigate(PathFaqView.class);
        var withFaqs = view.path.orElseThrow().steps().stream().filter(s -> !s.faqs().isEmpty()).toList();
        assertThat(withFaqs).isNotEmpty();
        for (PathStepView step : withFaqs) {
            for (PathStepView.ContentLink faq : step.faqs()) {
                Anchor link = $(Anchor.class).id("path-faq-" + step.stepId() + "-" + faq.slug());
                assertThat(link.getHref()).isEqualTo("faq/" + faq.slug());
                assertThat(link.getText()).isEqualTo(faq.title().it());
            }
        }
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .doesNotContain("Non avete ancora un percorso: fate l'autovalutazione per averlo. Intanto potete leggere tutte le domande frequenti.");
    }

    @Test
    void staff_have_no_path_page() {
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        UI.getCurrent().navigate("percorso/domande");
        assertThat(getCurrentView()).isNotInstanceOf(PathFaqView.class);
    }
}
