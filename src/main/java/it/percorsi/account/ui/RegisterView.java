package it.percorsi.account.ui;

import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.router.HasDynamicTitle;
import it.percorsi.account.AccountRoutes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import it.percorsi.account.AccountService;
import it.percorsi.account.Administration;
import it.percorsi.account.AdministrationSummary;
import it.percorsi.account.AdministrationType;
import it.percorsi.account.PasswordPolicy;
import it.percorsi.account.Region;
import it.percorsi.account.RegistrationRequest;
import it.percorsi.account.SizeBand;
import it.percorsi.account.UserAccount;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.ui.FormErrors;
import org.springframework.context.ApplicationEventPublisher;

/** Self-registration of a referent, for an existing administration or a new one. */
@Route(value = AccountRoutes.REGISTER, autoLayout = false)
@AnonymousAllowed
public class RegisterView extends PublicPage implements HasDynamicTitle {

    static final String EXISTING = "existing";
    static final String NEW = "new";

    final EmailField email = new EmailField();
    final TextField fullName = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField passwordConfirmation = new PasswordField();
    final RadioButtonGroup<String> adminChoice = new RadioButtonGroup<>();
    final ComboBox<AdministrationSummary> administration = new ComboBox<>();
    final TextField administrationName = new TextField();
    final ComboBox<AdministrationType> administrationType = new ComboBox<>();
    final ComboBox<Region> administrationRegion = new ComboBox<>();
    final ComboBox<SizeBand> administrationSize = new ComboBox<>();
    final TextField ipaCode = new TextField();
    final Button submit = new Button();
    private final FormErrors errors = new FormErrors();
    private final AccountService accounts;

    public RegisterView(AccountService accounts, ApplicationEventPublisher events) {
        super(events);
        this.accounts = accounts;

        email.setLabel(getTranslation("register.email"));
        email.setMaxLength(UserAccount.EMAIL_MAX_LENGTH);
        email.setRequiredIndicatorVisible(true);
        email.setId("email");
        fullName.setLabel(getTranslation("register.fullName"));
        fullName.setMaxLength(UserAccount.NAME_MAX_LENGTH);
        fullName.setRequiredIndicatorVisible(true);
        fullName.setId("fullName");
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.help", PasswordPolicy.MIN_LENGTH));
        password.setRequiredIndicatorVisible(true);
        password.setId("password");
        passwordConfirmation.setLabel(getTranslation("register.passwordConfirmation"));
        passwordConfirmation.setRequiredIndicatorVisible(true);
        passwordConfirmation.setId("passwordConfirmation");

        adminChoice.setLabel(getTranslation("register.administration.choice"));
        adminChoice.setItems(EXISTING, NEW);
        adminChoice.setItemLabelGenerator(v -> getTranslation("register.administration." + v));
        adminChoice.setValue(EXISTING);
        adminChoice.setId("adminChoice");

        administration.setLabel(getTranslation("register.administration.search"));
        administration.setHelperText(getTranslation("register.administration.search.help"));
        administration.setItemLabelGenerator(AdministrationSummary::label);
        administration.setItems(query -> accounts
                .searchAdministrations(query.getFilter().orElse(""), query.getLimit() + query.getOffset())
                .stream().skip(query.getOffset()).limit(query.getLimit()));
        administration.setWidthFull();
        administration.setId("administration");

        administrationName.setLabel(getTranslation("register.administration.name"));
        administrationName.setMaxLength(Administration.NAME_MAX_LENGTH);
        administrationName.setId("administrationName");
        administrationType.setLabel(getTranslation("register.administration.type"));
        administrationType.setItems(AdministrationType.values());
        administrationType.setItemLabelGenerator(t -> getTranslation("administrationType." + t.name()));
        administrationType.setId("administrationType");
        administrationRegion.setLabel(getTranslation("register.administration.region"));
        administrationRegion.setItems(Region.values());
        administrationRegion.setItemLabelGenerator(r -> getTranslation("region." + r.name()));
        administrationRegion.setId("administrationRegion");
        administrationSize.setLabel(getTranslation("register.administration.size"));
        administrationSize.setItems(SizeBand.values());
        administrationSize.setItemLabelGenerator(s -> getTranslation("sizeBand." + s.name()));
        administrationSize.setId("administrationSize");
        ipaCode.setLabel(getTranslation("register.administration.ipa"));
        ipaCode.setHelperText(getTranslation("register.administration.ipa.help"));
        ipaCode.setMaxLength(Administration.IPA_MAX_LENGTH);
        ipaCode.setId("ipaCode");

        FormLayout newAdmin = new FormLayout(administrationName, administrationType, administrationRegion,
                administrationSize, ipaCode);
        Div existingAdmin = new Div(administration);
        newAdmin.setVisible(false);
        adminChoice.addValueChangeListener(e -> {
            newAdmin.setVisible(NEW.equals(e.getValue()));
            existingAdmin.setVisible(EXISTING.equals(e.getValue()));
        });

        errors.bind("email", email).bind("fullName", fullName).bind("password", password)
                .bind("passwordConfirmation", passwordConfirmation).bind("administration", administration)
                .bind("administrationName", administrationName).bind("administrationType", administrationType)
                .bind("administrationRegion", administrationRegion).bind("administrationSize", administrationSize)
                .bind("ipaCode", ipaCode);

        submit.setText(getTranslation("register.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("register-submit");
        submit.addClickListener(e -> submit());

        FormLayout person = new FormLayout(email, fullName, password, passwordConfirmation);
        Paragraph login = new Paragraph(getTranslation("register.haveAccount") + " ");
        login.add(new Anchor(AccountRoutes.LOGIN, getTranslation("register.login")));
        content(new H2(getTranslation("register.title")), new Paragraph(getTranslation("register.intro")), person,
                adminChoice, existingAdmin, newAdmin, submit, login);
    }

    private void submit() {
        boolean existing = EXISTING.equals(adminChoice.getValue());
        RegistrationRequest request = new RegistrationRequest(email.getValue(), fullName.getValue(),
                password.getValue(), passwordConfirmation.getValue(), !existing,
                existing && administration.getValue() != null ? administration.getValue().id() : null,
                existing ? null : administrationName.getValue(),
                existing ? null : administrationType.getValue(),
                existing ? null : administrationRegion.getValue(),
                existing ? null : administrationSize.getValue(),
                existing ? null : ipaCode.getValue(),
                getLocale().getLanguage());
        try {
            accounts.register(request);
            H2 done = new H2(getTranslation("register.done.title"));
            done.setId("register-done");
            Paragraph text = new Paragraph(getTranslation("register.done.text", email.getValue().trim()));
            if (existing) {
                Paragraph join = new Paragraph(getTranslation("register.done.joinText"));
                join.setId("register-done-join");
                content(done, text, join, new Anchor(AccountRoutes.LOGIN, getTranslation("register.login")));
            } else {
                content(done, text, new Anchor(AccountRoutes.LOGIN, getTranslation("register.login")));
            }
        } catch (FieldErrors ex) {
            errors.show(ex);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "register.title");
    }
}
