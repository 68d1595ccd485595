package it.percorsi.path;

import it.percorsi.assessment.AssessmentRoutes;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import it.percorsi.base.i18n.Localized;
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
        // the template's title in the interface language (marked lang="it" when it has no English);
        // the views' ContentText is not used here: this card lives outside the ui packages
        String[] around = getTranslation("path.next.progress", MARKER, n.progressPercent(), n.finishedSteps(),
                n.totalSteps()).split(MARKER, 2);
        Paragraph progress = new Paragraph(new Text(around[0]), text(n.templateTitle()));
        if (around.length > 1) {
            progress.add(new Text(around[1]));
        }
        add(progress);
        if (n.stepId() == null) {
            add(new Paragraph(getTranslation("path.next.none")));
        } else {
            Paragraph title = new Paragraph(text(n.title()),
                    new Text(" (" + getTranslation("path.status." + n.status().name()) + ")"));
            title.setId("next-step-title");
            title.addClassName("next-step-title");
            add(title);
        }
        Anchor open = new Anchor(n.route(), getTranslation("path.next.open"));
        open.setId("next-step-link");
        add(open);
    }

    private static final String MARKER = "\u2063\u2063";

    private Span text(Localized text) {
        Span span = new Span(text.in(getLocale()));
        if (text.isFallback(getLocale())) {
            span.getElement().setAttribute("lang", "it");
        }
        return span;
    }
}
