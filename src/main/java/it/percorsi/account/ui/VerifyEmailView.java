package it.percorsi.account.ui;

import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.router.HasDynamicTitle;
import it.percorsi.account.AccountRoutes;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import it.percorsi.account.AccountService;
import it.percorsi.account.TokenOutcome;
import org.springframework.context.ApplicationEventPublisher;

/** Target of the verification link; a bad or expired token gets a clear page. */
@Route(value = AccountRoutes.VERIFY_EMAIL, autoLayout = false)
@AnonymousAllowed
public class VerifyEmailView extends PublicPage implements HasDynamicTitle, BeforeEnterObserver {

    private final AccountService accounts;

    public VerifyEmailView(AccountService accounts, ApplicationEventPublisher events) {
        super(events);
        this.accounts = accounts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        TokenOutcome outcome = accounts.verifyEmail(token);
        pageTitleKey = "verify." + outcome.name().toLowerCase() + ".title";
        H2 title = new H2(getTranslation(pageTitleKey));
        title.setId("token-outcome-" + outcome.name().toLowerCase());
        Paragraph text = new Paragraph(getTranslation("verify." + outcome.name().toLowerCase() + ".text"));
        if (outcome == TokenOutcome.AWAITING_APPROVAL) {
            content(title, text);
            return;
        }
        // an address already confirmed ("used") can log in: offer that first
        boolean canLogin = outcome == TokenOutcome.OK || outcome == TokenOutcome.USED;
        Anchor next = new Anchor(canLogin ? AccountRoutes.LOGIN : AccountRoutes.FORGOT_PASSWORD,
                getTranslation(canLogin ? "verify.toLogin" : "verify.newLink"));
        next.setId("verify-next");
        content(title, text, next);
    }

    private String pageTitleKey = "verify.pageTitle";

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, pageTitleKey);
    }
}
