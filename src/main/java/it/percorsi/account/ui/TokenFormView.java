package it.percorsi.account.ui;

import it.percorsi.account.AccountRoutes;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import it.percorsi.account.TokenOutcome;
import org.springframework.context.ApplicationEventPublisher;

/** A page reached from an e-mailed link that shows a form only while the token is valid. */
abstract class TokenFormView extends PublicPage implements BeforeEnterObserver {

    protected String token;

    TokenFormView(ApplicationEventPublisher events) {
        super(events);
    }

    protected abstract TokenOutcome check(String token);

    protected abstract void showForm();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        TokenOutcome outcome = check(token);
        if (outcome == TokenOutcome.OK) {
            showForm();
        } else {
            showOutcome(outcome);
        }
    }

    protected void showOutcome(TokenOutcome outcome) {
        String key = outcome.name().toLowerCase();
        H2 title = new H2(getTranslation("token." + key + ".title"));
        title.setId("token-outcome-" + key);
        content(title, new Paragraph(getTranslation("token." + key + ".text")),
                new Anchor(AccountRoutes.LOGIN, getTranslation("register.login")));
    }
}
