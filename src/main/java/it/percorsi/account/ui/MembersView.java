package it.percorsi.account.ui;

import it.percorsi.base.ui.PageTitles;
import it.percorsi.account.AccountRoutes;
import it.percorsi.base.ui.DateTimes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import it.percorsi.account.CurrentUserProvider;
import it.percorsi.account.JoinRequest;
import it.percorsi.account.MemberSummary;
import it.percorsi.account.MembershipHistoryEntry;
import it.percorsi.account.MembershipService;
import it.percorsi.account.Role;
import it.percorsi.account.UserAccount;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.ui.FormErrors;
import jakarta.annotation.security.RolesAllowed;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Referents: their colleagues, the requests to join waiting for their consent, an invitation
 * form and the membership history. ADMINs: the requests of administrations with no referent.
 */
@Route(AccountRoutes.MEMBERS)
@Menu(order = 15, title = "menu.members")
@RolesAllowed({Role.REFERENT_NAME, Role.ADMIN_NAME})
public class MembersView extends VerticalLayout implements HasDynamicTitle {


    final VerticalLayout pending = new VerticalLayout();
    final UnorderedList colleagues = new UnorderedList();
    final UnorderedList history = new UnorderedList();
    final EmailField inviteEmail = new EmailField();
    final Button invite = new Button();
    private final MembershipService membership;
    private final DateTimes dates;
    private final boolean referent;

    public MembersView(MembershipService membership, CurrentUserProvider currentUser, DateTimes dates) {
        this.membership = membership;
        this.dates = dates;
        this.referent = currentUser.require().is(Role.REFERENT);
        pending.setPadding(false);
        pending.setId("join-requests");
        add(new H2(getTranslation("members.title")), new H3(getTranslation("members.pending.title")));
        if (!referent) {
            add(new Paragraph(getTranslation("members.pending.adminIntro")));
        }
        add(pending);
        if (referent) {
            inviteEmail.setLabel(getTranslation("members.invite.email"));
            inviteEmail.setMaxLength(UserAccount.EMAIL_MAX_LENGTH);
            inviteEmail.setId("colleague-email");
            FormErrors errors = new FormErrors().bind("email", inviteEmail);
            invite.setText(getTranslation("members.invite.submit"));
            invite.setId("colleague-invite");
            invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            invite.addClickListener(e -> {
                try {
                    membership.inviteColleague(inviteEmail.getValue());
                    errors.clear();
                    Notification.show(getTranslation("members.invite.done", inviteEmail.getValue()));
                    inviteEmail.clear();
                    refresh();
                } catch (FieldErrors ex) {
                    errors.show(ex);
                }
            });
            HorizontalLayout form = new HorizontalLayout(inviteEmail, invite);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            form.setWrap(true);
            colleagues.setId("colleagues");
            history.setId("membership-history");
            add(new H3(getTranslation("members.list.title")), colleagues,
                    new H3(getTranslation("members.invite.title")), form,
                    new H3(getTranslation("members.history.title")), history);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.key(this, "members.title");
    }

    private void refresh() {
        pending.removeAll();
        var requests = membership.pendingRequests();
        if (requests.isEmpty()) {
            pending.add(new Paragraph(getTranslation("members.pending.none")));
        }
        requests.forEach(r -> pending.add(requestRow(r)));
        if (referent) {
            colleagues.removeAll();
            for (MemberSummary m : membership.colleagues()) {
                String name = m.fullName() == null ? m.email() : m.fullName() + " — " + m.email();
                colleagues.add(new ListItem(name + " (" + getTranslation("status." + m.status().name()) + ")"));
            }
            history.removeAll();
            var entries = membership.history();
            if (entries.isEmpty()) {
                history.add(new ListItem(getTranslation("members.history.none")));
            }
            entries.forEach(h -> history.add(new ListItem(describe(h))));
        }
    }

    private HorizontalLayout requestRow(JoinRequest r) {
        String who = r.fullName() == null ? r.email() : r.fullName();
        Span text = new Span(getTranslation("members.pending.who", who, r.email(), r.administrationName()));
        Button approve = decision("members.approve", who, r, membership::approve, "members.approved");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        approve.setId("approve-" + r.userId());
        Button refuse = decision("members.refuse", who, r, membership::refuse, "members.refused");
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        refuse.setId("refuse-" + r.userId());
        HorizontalLayout row = new HorizontalLayout(text, approve, refuse);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.addClassName("join-request");
        return row;
    }

    private Button decision(String labelKey, String who, JoinRequest r, Consumer<Long> action, String doneKey) {
        Button b = new Button(getTranslation(labelKey));
        b.getElement().setAttribute("aria-label", getTranslation(labelKey) + " " + who);
        b.addClickListener(e -> {
            try {
                action.accept(r.userId());
                Notification.show(getTranslation(doneKey, who));
            } catch (NoSuchElementException gone) {
                Notification.show(getTranslation("validation.joinRequest.gone"));
            }
            refresh();
        });
        return b;
    }

    private String describe(MembershipHistoryEntry h) {
        String member = h.memberName() == null ? h.memberEmail() : h.memberName() + " (" + h.memberEmail() + ")";
        return getTranslation("membership." + h.kind().name(), dates.dateTime(h.occurredAt(), getLocale()), member,
                h.actorName() == null ? "—" : h.actorName());
    }
}
