package it.percorsi.account.ui;

import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.router.HasDynamicTitle;
import it.percorsi.account.AccountRoutes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import it.percorsi.account.AccountService;
import it.percorsi.account.PasswordPolicy;
import it.percorsi.account.TokenOutcome;
import it.percorsi.account.UserAccount;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.ui.FormErrors;
import org.springframework.context.ApplicationEventPublisher;

/** A staff member invited by an ADMIN chooses a name and a password. */
@Route(value = AccountRoutes.INVITATION, autoLayout = false)
@AnonymousAllowed
public class AcceptInvitationView extends TokenFormView implements HasDynamicTitle {

    final TextField fullName = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField confirmation = new PasswordField();
    final Button submit = new Button();
    private final AccountService accounts;

    public AcceptInvitationView(AccountService accounts, ApplicationEventPublisher events) {
        super(events);
        this.accounts = accounts;
    }

    @Override
    protected TokenOutcome check(String token) {
        return accounts.checkInvitation(token);
    }

    @Override
    protected void showForm() {
        FormErrors errors = new FormErrors().bind("fullName", fullName).bind("password", password)
                .bind("passwordConfirmation", confirmation);
        fullName.setLabel(getTranslation("register.fullName"));
        fullName.setMaxLength(UserAccount.NAME_MAX_LENGTH);
        fullName.setId("fullName");
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.help", PasswordPolicy.MIN_LENGTH));
        password.setId("password");
        confirmation.setLabel(getTranslation("register.passwordConfirmation"));
        confirmation.setId("passwordConfirmation");
        submit.setText(getTranslation("invite.accept.submit"));
        submit.setId("invite-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            try {
                showOutcome(accounts.acceptInvitation(token, fullName.getValue(), password.getValue(),
                        confirmation.getValue()));
            } catch (FieldErrors ex) {
                errors.show(ex);
            }
        });
        content(new H2(getTranslation("invite.accept.title")), fullName, password, confirmation, submit);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "invite.accept.title");
    }
}
