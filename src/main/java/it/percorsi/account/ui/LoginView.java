package it.percorsi.account.ui;

import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.router.HasDynamicTitle;
import it.percorsi.account.AccountRoutes;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import it.percorsi.account.security.LastLoginEmail;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Login. Every failure shows the same message (wrong password, unknown address, unverified,
 * disabled or throttled), so the page never tells whether an address is registered.
 */
@Route(value = AccountRoutes.LOGIN, autoLayout = false)
@AnonymousAllowed
public class LoginView extends PublicPage implements HasDynamicTitle, BeforeEnterObserver {

    final LoginForm form = new LoginForm();
    final LoginI18n i18n = LoginI18n.createDefault();
    /** The address of the failed attempt shown again in the form (null when there is none). */
    String lastEmail;

    public LoginView(ApplicationEventPublisher events) {
        super(events);
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.email"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        form.setI18n(i18n);
        form.setAction(AccountRoutes.LOGIN);
        form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));

        Paragraph register = new Paragraph(getTranslation("login.noAccount") + " ");
        Anchor link = new Anchor(AccountRoutes.REGISTER, getTranslation("login.register"));
        link.setId("register-link");
        register.add(link);
        Div wrap = new Div(form, register);
        wrap.addClassName("login-wrap");
        content(wrap);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        form.setError(params.containsKey("error"));
        // after a failed attempt the e-mail typed stays in the field (only the password is cleared)
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        Object typed = session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(LastLoginEmail.SESSION_ATTRIBUTE);
        lastEmail = params.containsKey("error") && typed instanceof String s ? s : null;
        if (lastEmail != null) {
            form.getElement().executeJs("const f = this.querySelector('vaadin-text-field'); if (f) { f.value = $0; }"
                    + " const p = this.querySelector('vaadin-password-field'); if (p) { p.focus(); }", lastEmail);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "login.title");
    }
}
