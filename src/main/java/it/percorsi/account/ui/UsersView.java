package it.percorsi.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import it.percorsi.account.AccountService;
import it.percorsi.account.AccountStatus;
import it.percorsi.account.Role;
import it.percorsi.account.UserAccount;
import it.percorsi.account.UserSummary;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.ui.FormErrors;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;

/** ADMIN: invite staff and disable / re-enable any account. */
@Route("admin/utenti")
@PageTitle("Percorsi")
@Menu(order = 90, title = "menu.users")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersView extends VerticalLayout {

    final EmailField inviteEmail = new EmailField();
    final ComboBox<Role> inviteRole = new ComboBox<>();
    final Button invite = new Button();
    final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
    private final AccountService accounts;

    public UsersView(AccountService accounts) {
        this.accounts = accounts;
        inviteEmail.setLabel(getTranslation("users.invite.email"));
        inviteEmail.setMaxLength(UserAccount.EMAIL_MAX_LENGTH);
        inviteEmail.setId("invite-email");
        inviteRole.setLabel(getTranslation("users.invite.role"));
        inviteRole.setItems(Arrays.stream(Role.values()).filter(Role::isStaff).toList());
        inviteRole.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        inviteRole.setId("invite-role");
        FormErrors errors = new FormErrors().bind("email", inviteEmail).bind("role", inviteRole);
        invite.setText(getTranslation("users.invite.submit"));
        invite.setId("invite-submit");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(e -> {
            try {
                accounts.invite(inviteEmail.getValue(), inviteRole.getValue());
                errors.clear();
                Notification.show(getTranslation("users.invite.done", inviteEmail.getValue()));
                inviteEmail.clear();
                refresh();
            } catch (FieldErrors ex) {
                errors.show(ex);
            }
        });
        HorizontalLayout form = new HorizontalLayout(inviteEmail, inviteRole, invite);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        grid.addColumn(UserSummary::email).setHeader(getTranslation("users.email")).setAutoWidth(true);
        grid.addColumn(UserSummary::fullName).setHeader(getTranslation("users.name")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation("role." + u.role().name())).setHeader(getTranslation("users.role"));
        grid.addColumn(u -> getTranslation("status." + u.status().name())).setHeader(getTranslation("users.status"));
        grid.addColumn(UserSummary::administrationName).setHeader(getTranslation("users.administration"));
        grid.addComponentColumn(this::toggleButton).setHeader(getTranslation("users.actions"));
        grid.setAllRowsVisible(true);

        add(new H2(getTranslation("users.title")), new H3(getTranslation("users.invite.title")), form, grid);
        refresh();
    }

    private Button toggleButton(UserSummary u) {
        boolean disabled = u.status() == AccountStatus.DISABLED;
        Button b = new Button(getTranslation(disabled ? "users.enable" : "users.disable"));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.setId("toggle-" + u.id());
        b.getElement().setAttribute("aria-label", getTranslation(disabled ? "users.enable" : "users.disable") + " " + u.email());
        b.addClickListener(e -> {
            try {
                accounts.setEnabled(u.id(), disabled);
                refresh();
            } catch (org.springframework.security.access.AccessDeniedException ex) {
                Notification.show(getTranslation("users.cannotDisableSelf"));
            }
        });
        return b;
    }

    private void refresh() {
        grid.setItems(accounts.listUsers());
    }

    /** Exposed for tests. */
    java.util.List<UserSummary> shownUsers() {
        return grid.getListDataView().getItems().toList();
    }
}
