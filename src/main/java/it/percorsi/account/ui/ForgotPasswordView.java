package it.percorsi.account.ui;

import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.router.HasDynamicTitle;
import it.percorsi.account.AccountRoutes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import it.percorsi.account.AccountService;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.ui.FormErrors;
import org.springframework.context.ApplicationEventPublisher;

/** Asks for a reset link; answers the same whether or not the address has an account. */
@Route(value = AccountRoutes.FORGOT_PASSWORD, autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends PublicPage implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final Button submit = new Button();

    public ForgotPasswordView(AccountService accounts, ApplicationEventPublisher events) {
        super(events);
        FormErrors errors = new FormErrors().bind("email", email);
        email.setLabel(getTranslation("register.email"));
        email.setId("email");
        email.setWidthFull();
        submit.setText(getTranslation("forgot.submit"));
        submit.setId("forgot-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            try {
                accounts.requestPasswordReset(email.getValue());
                H2 done = new H2(getTranslation("forgot.done.title"));
                done.setId("forgot-done");
                content(done, new Paragraph(getTranslation("forgot.done.text")),
                        new Anchor(AccountRoutes.LOGIN, getTranslation("register.login")));
            } catch (FieldErrors ex) {
                errors.show(ex);
            }
        });
        content(new H2(getTranslation("forgot.title")), new Paragraph(getTranslation("forgot.intro")), email, submit,
                new Paragraph(new Anchor(AccountRoutes.LOGIN, getTranslation("register.login"))));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "forgot.title");
    }
}
