package it.percorsi.account.ui;

import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.router.HasDynamicTitle;
import it.percorsi.account.AccountRoutes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.percorsi.account.AccountService;
import it.percorsi.account.CurrentUserProvider;
import it.percorsi.account.AccountStatus;
import it.percorsi.account.Role;
import it.percorsi.account.UserAccount;
import it.percorsi.account.UserSummary;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.ui.FormErrors;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;

/** ADMIN: invite staff and disable / re-enable any account. */
@Route(AccountRoutes.USERS)
@Menu(order = 90, title = "menu.users")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    final EmailField inviteEmail = new EmailField();
    final ComboBox<Role> inviteRole = new ComboBox<>();
    final Button invite = new Button();
    final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
    final TextField search = new TextField();
    private final AccountService accounts;
    private final Long myId;
    private java.util.List<UserSummary> all = java.util.List.of();

    public UsersView(AccountService accounts, CurrentUserProvider currentUser) {
        this.accounts = accounts;
        this.myId = currentUser.require().id();
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
        grid.addComponentColumn(this::roleCell).setHeader(getTranslation("users.role")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation("status." + u.status().name())).setHeader(getTranslation("users.status"));
        grid.addColumn(UserSummary::administrationName).setHeader(getTranslation("users.administration"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);

        search.setLabel(getTranslation("users.search"));
        search.setHelperText(getTranslation("users.search.help"));
        search.setId("users-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applyFilter());
        search.setWidth("min(100%, 24rem)");

        add(new H2(getTranslation("users.title")), new H3(getTranslation("users.invite.title")), form,
                new H3(getTranslation("users.list.title")), search, grid);
        refresh();
    }

    /** A staff member's role can be changed here (not one's own); a referent's is fixed. */
    private com.vaadin.flow.component.Component roleCell(UserSummary u) {
        if (!u.role().isStaff() || u.id().equals(myId)) {
            return new com.vaadin.flow.component.html.Span(getTranslation("role." + u.role().name()));
        }
        Select<Role> role = new Select<>();
        role.setItems(Arrays.stream(Role.values()).filter(Role::isStaff).toList());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(u.role());
        role.setId("role-" + u.id());
        role.setAriaLabel(getTranslation("users.changeRole", u.email()));
        role.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue() != u.role()) {
                accounts.changeRole(u.id(), e.getValue());
                Notification.show(getTranslation("users.roleChanged", u.email(), getTranslation("role." + e.getValue().name())));
                refresh();
            }
        });
        return role;
    }

    private com.vaadin.flow.component.Component actions(UserSummary u) {
        HorizontalLayout box = new HorizontalLayout();
        box.setSpacing(true);
        if (!u.id().equals(myId)) {
            box.add(toggleButton(u));
        }
        if (u.status() == AccountStatus.INVITED) {
            Button resend = new Button(getTranslation("users.resend"), e -> {
                accounts.resendInvitation(u.id());
                Notification.show(getTranslation("users.invite.done", u.email()));
            });
            resend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            resend.setId("resend-" + u.id());
            resend.getElement().setAttribute("aria-label", getTranslation("users.resend") + " " + u.email());
            box.add(resend);
        }
        return box;
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
        all = accounts.listUsers();
        applyFilter();
    }

    /** Filters by e-mail, name or administration, ignoring case. */
    private void applyFilter() {
        String q = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(java.util.Locale.ROOT);
        grid.setItems(q.isEmpty() ? all : all.stream().filter(u -> contains(u.email(), q) || contains(u.fullName(), q)
                || contains(u.administrationName(), q)).toList());
    }

    private static boolean contains(String value, String q) {
        return value != null && value.toLowerCase(java.util.Locale.ROOT).contains(q);
    }

    /** Exposed for tests. */
    java.util.List<UserSummary> shownUsers() {
        return grid.getListDataView().getItems().toList();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "users.title");
    }
}
