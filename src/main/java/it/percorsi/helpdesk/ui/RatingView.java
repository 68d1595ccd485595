package it.percorsi.helpdesk.ui;

import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import it.percorsi.base.FieldErrors;
import it.percorsi.helpdesk.HelpdeskRoutes;
import it.percorsi.helpdesk.RatingService;
import it.percorsi.helpdesk.TicketService;
import java.util.List;
import java.util.Map;

/**
 * The one-click rating page of the resolution mail: no login, the signed link names the ticket
 * and the score; opening it records the score, and the user may change it or add a comment.
 * The page is rendered by the Vaadin client, so a mail scanner fetching the URL records nothing.
 */
@Route(value = HelpdeskRoutes.RATE, autoLayout = false)
@AnonymousAllowed
class RatingView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Paragraph message = new Paragraph();
    final RadioButtonGroup<Integer> score = new RadioButtonGroup<>();
    final TextArea comment = new TextArea();
    final Button send = new Button();
    private final RatingService ratings;
    private String token;

    RatingView(RatingService ratings) {
        this.ratings = ratings;
        setId("main-content");
        setMaxWidth("40rem");
        message.setId("rating-message");
        message.getElement().setAttribute("role", "status");
        score.setId("rating-link-score");
        score.setLabel(getTranslation("hd.rating.score"));
        score.setItems(1, 2, 3, 4, 5);
        score.setItemLabelGenerator(s -> getTranslation("hd.rating.option." + s));
        comment.setId("rating-link-comment");
        comment.setLabel(getTranslation("hd.rating.comment"));
        comment.setMaxLength(TicketService.RATING_COMMENT_MAX_LENGTH);
        comment.setWidthFull();
        send.setId("rating-link-send");
        send.setText(getTranslation("hd.rating.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> rate(score.getValue(), comment.getValue()));
        add(new H2(getTranslation("hd.rating.title")), message, score, comment, send);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        token = params.getOrDefault("t", List.of("")).getFirst();
        try {
            RatingService.LinkTarget target = ratings.target(token);
            Integer chosen = params.getOrDefault("voto", List.of()).stream().findFirst().map(RatingView::parse)
                    .orElse(null);
            if (chosen != null) {
                rate(chosen, target.comment());
            } else {
                message.setText(getTranslation("hd.rating.for", target.number(), target.subject()));
                if (target.rating() != null) {
                    score.setValue(target.rating());
                }
            }
        } catch (FieldErrors e) {
            showLinkError(e);
        }
    }

    private void rate(Integer value, String text) {
        if (value == null) {
            score.setErrorMessage(getTranslation("hd.error.score"));
            score.setInvalid(true);
            return;
        }
        try {
            RatingService.LinkTarget t = ratings.rate(token, value, text);
            score.setInvalid(false);
            score.setValue(t.rating());
            comment.setValue(t.comment() == null ? "" : t.comment());
            message.setText(getTranslation("hd.rating.thanks", t.number(), t.rating()));
        } catch (FieldErrors e) {
            if (e.errors().containsKey("link")) {
                showLinkError(e);
            } else if (e.errors().containsKey("comment")) {
                comment.setErrorMessage(getTranslation(e.errors().get("comment")));
                comment.setInvalid(true);
            } else {
                score.setErrorMessage(getTranslation(e.errors().values().iterator().next()));
                score.setInvalid(true);
            }
        }
    }

    private void showLinkError(FieldErrors e) {
        message.setText(getTranslation(e.errors().values().iterator().next()));
        message.addClassName("field-error");
        score.setVisible(false);
        comment.setVisible(false);
        send.setVisible(false);
    }

    private static Integer parse(String s) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "hd.rating.title");
    }
}
