package it.percorsi.account.ui;

import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.router.HasDynamicTitle;
import it.percorsi.account.AccountRoutes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import it.percorsi.account.AccountService;
import it.percorsi.account.PasswordPolicy;
import it.percorsi.account.TokenOutcome;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.ui.FormErrors;
import org.springframework.context.ApplicationEventPublisher;

@Route(value = AccountRoutes.RESET_PASSWORD, autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends TokenFormView implements HasDynamicTitle {

    final PasswordField password = new PasswordField();
    final PasswordField confirmation = new PasswordField();
    final Button submit = new Button();
    private final AccountService accounts;

    public ResetPasswordView(AccountService accounts, ApplicationEventPublisher events) {
        super(events);
        this.accounts = accounts;
    }

    @Override
    protected TokenOutcome check(String token) {
        return accounts.checkResetToken(token);
    }

    @Override
    protected void showForm() {
        FormErrors errors = new FormErrors().bind("password", password).bind("passwordConfirmation", confirmation);
        password.setLabel(getTranslation("reset.password"));
        password.setHelperText(getTranslation("register.password.help", PasswordPolicy.MIN_LENGTH));
        password.setId("password");
        confirmation.setLabel(getTranslation("register.passwordConfirmation"));
        confirmation.setId("passwordConfirmation");
        submit.setText(getTranslation("reset.submit"));
        submit.setId("reset-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            try {
                TokenOutcome outcome = accounts.resetPassword(token, password.getValue(), confirmation.getValue());
                showOutcome(outcome == TokenOutcome.OK ? TokenOutcome.OK : outcome);
            } catch (FieldErrors ex) {
                errors.show(ex);
            }
        });
        content(new H2(getTranslation("reset.title")), password, confirmation, submit);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "reset.title");
    }
}
