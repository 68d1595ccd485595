package it.percorsi.path;

import it.percorsi.assessment.AssessmentRoutes;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import it.percorsi.base.ui.ContentText;
import java.util.Optional;

/**
 * A small panel for the referent home: the current step of the path and a link to it, or an
 * invitation to take the self-assessment when there is no path yet.
 */
public class NextStepCard extends Div {

    public NextStepCard(Optional<NextStep> next) {
        setId("next-step");
        addClassName("next-step-card");
        add(new H3(getTranslation("path.next.title")));
        if (next.isEmpty()) {
            add(new Paragraph(getTranslation("path.next.noPath")));
            Anchor start = new Anchor(AssessmentRoutes.ASSESSMENT, getTranslation("path.next.startAssessment"));
            start.setId("next-step-link");
            add(start);
            return;
        }
        NextStep n = next.get();
        add(ContentText.fill(new Paragraph(), "path.next.progress", n.templateTitle(), n.progressPercent(),
                n.finishedSteps(), n.totalSteps()));
        if (n.stepId() == null) {
            add(new Paragraph(getTranslation("path.next.none")));
        } else {
            Paragraph title = new Paragraph(ContentText.span(n.title()),
                    new Text(" (" + getTranslation("path.status." + n.status().name()) + ")"));
            title.setId("next-step-title");
            title.addClassName("next-step-title");
            add(title);
        }
        Anchor open = new Anchor(n.route(), getTranslation("path.next.open"));
        open.setId("next-step-link");
        add(open);
    }
}
