package it.percorsi.account.ui;

import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import it.percorsi.account.AccountService;
import it.percorsi.account.AdministrationSummary;
import it.percorsi.account.CurrentUser;
import it.percorsi.account.PasswordPolicy;
import it.percorsi.account.Role;
import it.percorsi.account.UserAccount;
import it.percorsi.account.UserSummary;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.LocaleChosen;
import it.percorsi.base.i18n.TranslationProvider;
import it.percorsi.base.ui.FormErrors;
import it.percorsi.base.ui.LanguageSwitch;
import it.percorsi.base.ui.SiteChrome;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;

/**
 * "My account": name, interface language, password, and for a referent the administration and
 * its other referents. Each part saves on its own and confirms in a polite live region.
 */
@Route(SiteChrome.ACCOUNT_ROUTE)
@PermitAll
class AccountView extends Div implements HasDynamicTitle {

    final TextField name = new TextField();
    final Button saveName = new Button();
    final Span nameSaved = status("name-saved");
    final RadioButtonGroup<Locale> language = new RadioButtonGroup<>();
    final PasswordField current = new PasswordField();
    final PasswordField password = new PasswordField();
    final PasswordField confirmation = new PasswordField();
    final Button savePassword = new Button();
    final Span passwordSaved = status("password-saved");
    private final AccountService accounts;
    private final ApplicationEventPublisher events;

    AccountView(AccountService accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
        addClassName("account-view");
        CurrentUser me = accounts.currentUser().orElseThrow();
        H2 title = new H2(getTranslation("account.title"));
        title.setId("account-title");
        Paragraph who = new Paragraph(getTranslation("account.who", me.email(), getTranslation("role." + me.role().name())));
        who.setId("account-who");
        add(title, who, nameSection(me), languageSection(me), passwordSection());
        if (me.is(Role.REFERENT)) {
            add(administrationSection(accounts.myAdministration(), me));
        }
    }

    private Div nameSection(CurrentUser me) {
        name.setLabel(getTranslation("register.fullName"));
        name.setMaxLength(UserAccount.NAME_MAX_LENGTH);
        name.setValue(me.fullName() == null ? "" : me.fullName());
        name.setId("account-name");
        FormErrors errors = new FormErrors().bind("fullName", name);
        saveName.setText(getTranslation("account.name.save"));
        saveName.setId("account-name-save");
        saveName.addClickListener(e -> {
            try {
                accounts.changeName(name.getValue());
                errors.clear();
                nameSaved.setText(getTranslation("account.saved"));
            } catch (FieldErrors ex) {
                nameSaved.setText("");
                errors.show(ex);
            }
        });
        return section("account.name.title", name, new Div(saveName, nameSaved));
    }

    private Div languageSection(CurrentUser me) {
        language.setLabel(getTranslation("account.language.label"));
        language.setItems(TranslationProvider.LOCALES);
        language.setItemLabelGenerator(l -> getTranslation("account.language." + l.getLanguage()));
        language.setValue(TranslationProvider.supported(me.locale()));
        language.setId("account-language");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setAttribute(LanguageSwitch.SESSION_ATTRIBUTE, e.getValue());
                VaadinSession.getCurrent().setLocale(e.getValue());
                events.publishEvent(new LocaleChosen(e.getValue()));
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        return section("account.language.title", language);
    }

    private Div passwordSection() {
        current.setLabel(getTranslation("account.password.current"));
        current.setId("account-current-password");
        password.setLabel(getTranslation("account.password.new"));
        password.setHelperText(getTranslation("register.password.help", PasswordPolicy.MIN_LENGTH));
        password.setId("account-new-password");
        confirmation.setLabel(getTranslation("register.passwordConfirmation"));
        confirmation.setId("account-confirm-password");
        FormErrors errors = new FormErrors().bind("currentPassword", current).bind("password", password)
                .bind("passwordConfirmation", confirmation);
        savePassword.setText(getTranslation("account.password.save"));
        savePassword.setId("account-password-save");
        savePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        savePassword.addClickListener(e -> {
            try {
                accounts.changePassword(current.getValue(), password.getValue(), confirmation.getValue());
                errors.clear();
                current.clear();
                password.clear();
                confirmation.clear();
                passwordSaved.setText(getTranslation("account.password.saved"));
            } catch (FieldErrors ex) {
                passwordSaved.setText("");
                errors.show(ex);
            }
        });
        return section("account.password.title", current, password, confirmation, new Div(savePassword, passwordSaved));
    }

    private Div administrationSection(AdministrationSummary administration, CurrentUser me) {
        Paragraph name = new Paragraph(administration.name()
                + (administration.ipaCode() == null ? "" : " (" + getTranslation("account.ipa", administration.ipaCode()) + ")"));
        name.setId("account-administration");
        UnorderedList referents = new UnorderedList();
        referents.setId("account-referents");
        for (UserSummary u : accounts.myAdministrationReferents()) {
            String label = (u.fullName() == null ? u.email() : u.fullName() + " – " + u.email())
                    + (u.id().equals(me.id()) ? " " + getTranslation("account.referents.you") : "");
            referents.add(new ListItem(label));
        }
        return section("account.administration.title", name, new H3(getTranslation("account.referents.title")), referents);
    }

    private Div section(String titleKey, com.vaadin.flow.component.Component... content) {
        Div box = new Div();
        box.addClassName("account-section");
        H3 heading = new H3(getTranslation(titleKey));
        box.add(heading);
        box.add(content);
        return box;
    }

    private static Span status(String id) {
        Span s = new Span();
        s.setId(id);
        s.addClassName("form-saved");
        s.getElement().setAttribute("role", "status");
        return s;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "account.title");
    }
}
