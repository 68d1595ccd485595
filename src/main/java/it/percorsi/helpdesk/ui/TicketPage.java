package it.percorsi.helpdesk.ui;

import it.percorsi.base.ui.PageTitles;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import it.percorsi.account.Role;
import it.percorsi.base.FieldErrors;
import it.percorsi.base.ui.FormErrors;
import it.percorsi.helpdesk.AttachmentInfo;
import it.percorsi.helpdesk.AttachmentService;
import it.percorsi.helpdesk.CallService;
import it.percorsi.helpdesk.CallSlotInfo;
import it.percorsi.helpdesk.CannedReplyService;
import it.percorsi.helpdesk.CannedReplyView;
import it.percorsi.helpdesk.HelpdeskRoutes;
import it.percorsi.helpdesk.StaffMember;
import it.percorsi.helpdesk.TicketChanged;
import it.percorsi.helpdesk.TicketDetails;
import it.percorsi.helpdesk.TicketNotFound;
import it.percorsi.helpdesk.TicketPriority;
import it.percorsi.helpdesk.TicketService;
import it.percorsi.helpdesk.TicketStatus;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;

/**
 * One ticket: the question, the conversation, attachments; for staff also internal notes, the
 * assignee, priority, status and the history; for the requester's administration the rating.
 * On a conflict (someone saved the ticket meanwhile) nothing typed is lost: the page says so and
 * offers to reload the ticket while keeping the text in the reply field.
 */
@Route(HelpdeskRoutes.TICKET + "/:id")
@RolesAllowed({Role.REFERENT_NAME, Role.HELPDESK_NAME, Role.ADMIN_NAME})
class TicketPage extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final TextArea reply = new TextArea();
    final Select<TicketStatus> statusAfterReply = new Select<>();
    final ComboBox<CannedReplyView> canned = new ComboBox<>();
    final Button sendReply = new Button();
    final Button addNote = new Button();
    final Select<TicketStatus> status = new Select<>();
    final Select<TicketPriority> priority = new Select<>();
    final ComboBox<StaffMember> assignee = new ComboBox<>();
    final Paragraph conflict = new Paragraph();
    final RadioButtonGroup<Integer> score = new RadioButtonGroup<>();
    final TextArea ratingComment = new TextArea();
    final Button rate = new Button();
    final Div conversation = new Div();
    final UnorderedList history = new UnorderedList();
    final Div header = new Div();
    final Span filesError = new Span();
    private final TicketService tickets;
    private final it.percorsi.helpdesk.TicketFaqService faqs;
    final Button promote = new Button();
    final Paragraph promoteStatus = new Paragraph();
    private final CannedReplyService cannedReplies;
    private final CallService calls;
    private final HelpdeskUi.Files files;
    private final FormErrors errors = new FormErrors();
    private TicketDetails ticket;
    private boolean staff;
    private boolean updating;

    TicketPage(TicketService tickets, CannedReplyService cannedReplies, AttachmentService attachments,
               CallService calls, it.percorsi.helpdesk.TicketFaqService faqs) {
        this.tickets = tickets;
        this.faqs = faqs;
        this.cannedReplies = cannedReplies;
        this.calls = calls;
        this.files = new HelpdeskUi.Files(this, "reply-attachments", attachments.maxFileBytes());
        setMaxWidth("60rem");
        conflict.setId("ticket-conflict");
        conflict.addClassName("hd-conflict");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setVisible(false);
        filesError.setId("reply-attachments-error");
        filesError.addClassName("field-error");
        errors.bind("reply", reply).bind("note", reply).bind("status", statusAfterReply)
                .bind("score", score).bind("comment", ratingComment);
        listen();
    }

    /** Listeners once: the page rebuilds its layout after each change but keeps its fields. */
    private void listen() {
        status.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null && e.getValue() != ticket.status()) {
                save(() -> tickets.changeStatus(ticket.id(), e.getValue(), ticket.version()));
            }
        });
        priority.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null && e.getValue() != ticket.priority()) {
                save(() -> tickets.changePriority(ticket.id(), e.getValue(), ticket.version()));
            }
        });
        assignee.addValueChangeListener(e -> {
            Long id = e.getValue() == null ? null : e.getValue().id();
            if (!updating && !java.util.Objects.equals(id, ticket.assigneeId())) {
                save(() -> tickets.assign(ticket.id(), id, ticket.version()));
            }
        });
        sendReply.addClickListener(e -> save(() -> tickets.reply(ticket.id(), reply.getValue(),
                staff ? statusAfterReply.getValue() : null, staff ? ticket.version() : null,
                List.copyOf(files.files)), true));
        canned.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                String text = cannedReplies.fill(e.getValue().id(), ticket.id());
                reply.setValue(reply.isEmpty() ? text : reply.getValue() + "\n\n" + text);
                canned.clear();
            }
        });
        addNote.addClickListener(e -> save(() -> tickets.addNote(ticket.id(), reply.getValue(), ticket.version()), true));
        rate.addClickListener(e -> {
            if (score.isEmpty()) {
                score.setErrorMessage(getTranslation("hd.error.score"));
                score.setInvalid(true);
                return;
            }
            save(() -> tickets.rate(ticket.id(), score.getValue(), ratingComment.getValue()));
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("id").orElse(null);
        try {
            ticket = tickets.ticket(id);
        } catch (TicketNotFound e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        staff = !ticket.history().isEmpty(); // staff always see at least the CREATED entry
        build();
    }

    private void build() {
        removeAll();
        history.removeAll();
        add(conflict);
        header.removeAll();
        header.setId("ticket-header");
        titleDetail = ticket.number();
        H2 title = new H2(ticket.number() + " · " + ticket.subject());
        title.setId("ticket-title");
        Span badge = HelpdeskUi.status(this, ticket.status());
        badge.setId("ticket-status");
        header.add(title, badge);
        Paragraph meta = new Paragraph(getTranslation("hd.ticket.meta", ticket.administrationName(),
                ticket.requesterName(), getTranslation("hd.category." + ticket.category().name()),
                HelpdeskUi.dateTime(ticket.createdAt(), getLocale()),
                getTranslation("hd.priority." + ticket.priority().name())));
        meta.setId("ticket-meta");
        header.add(meta);
        Paragraph due = new Paragraph(dueText());
        due.setId("ticket-due");
        if (ticket.overdue()) {
            due.addClassName("hd-overdue");
        }
        header.add(due);
        if (ticket.pathStepTitle() != null) {
            Paragraph step = new Paragraph(getTranslation("hd.ticket.step", ticket.pathStepTitle()));
            step.setId("ticket-step");
            header.add(step);
        }
        add(header);
        Div body = new Div(new Html("<div>" + ticket.bodyHtml() + "</div>"));
        body.addClassName("hd-message");
        body.setId("ticket-body");
        if (ticket.originalBody() != null) {
            body.add(original(ticket.originalBody(), "ticket-original"));
        }
        add(body);
        add(attachmentList(ticket.attachments()));
        add(conversation());
        add(callList());
        if (staff) {
            add(staffPanel());
        }
        if (ticket.status() != TicketStatus.CLOSED && (staff || ticket.status() != TicketStatus.RESOLVED
                || ticket.canReopen())) {
            add(replyForm());
        }
        if (ticket.canRate()) {
            add(ratingForm());
        }
        if (staff) {
            add(historyList());
        }
    }

    private String dueText() {
        if (ticket.paused()) {
            return getTranslation("hd.ticket.paused");
        }
        if (ticket.dueAt() == null) {
            return getTranslation("hd.ticket.noDue");
        }
        return getTranslation(ticket.overdue() ? "hd.ticket.overdue" : "hd.ticket.due",
                HelpdeskUi.dateTime(ticket.dueAt(), getLocale()));
    }

    private Div attachmentList(List<AttachmentInfo> attachments) {
        Div box = new Div();
        box.setId("ticket-attachments");
        if (attachments.isEmpty()) {
            return box;
        }
        box.add(new H3(getTranslation("hd.attachments")));
        UnorderedList list = new UnorderedList();
        for (AttachmentInfo a : attachments) {
            Anchor link = new Anchor(AttachmentRoutes.download(a.id()), a.fileName() + " (" + (a.sizeBytes() + 1023) / 1024
                    + " KB)");
            link.getElement().setAttribute("router-ignore", true);
            link.getElement().setAttribute("download", true);
            link.setId("attachment-" + a.id());
            list.add(new ListItem(link));
        }
        box.add(list);
        return box;
    }

    /** For staff: the whole e-mail a message came from, quotes and signature included (plain text, never rendered). */
    private Details original(String text, String id) {
        Pre pre = new Pre(text);
        pre.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        Details details = new Details(getTranslation("hd.ticket.mailOriginal"), pre);
        details.setId(id);
        return details;
    }

    private Div conversation() {
        conversation.removeAll();
        conversation.setId("ticket-conversation");
        conversation.add(new H3(getTranslation("hd.ticket.conversation")));
        if (ticket.messages().isEmpty()) {
            conversation.add(new Paragraph(getTranslation("hd.ticket.noMessages")));
        }
        for (TicketDetails.Message m : ticket.messages()) {
            Div item = new Div();
            item.addClassName("hd-message");
            item.addClassName(m.internal() ? "hd-internal" : m.staff() ? "hd-staff" : "hd-requester");
            item.setId("message-" + m.id());
            Paragraph by = new Paragraph(getTranslation(m.internal() ? "hd.ticket.noteBy" : "hd.ticket.replyBy",
                    m.authorName(), HelpdeskUi.dateTime(m.createdAt(), getLocale())));
            by.addClassName("hd-message-by");
            item.add(by, new Html("<div>" + m.bodyHtml() + "</div>"));
            if (m.originalBody() != null) {
                item.add(original(m.originalBody(), "message-original-" + m.id()));
            }
            conversation.add(item);
        }
        return conversation;
    }

    /** The calls booked for this ticket and, for its referents, the way to book one. */
    private Div callList() {
        Div box = new Div();
        box.setId("ticket-calls");
        List<CallSlotInfo> list = calls.callsOfTicket(ticket.id());
        if (!list.isEmpty()) {
            box.add(new H3(getTranslation("hd.call.ticketCalls")));
            UnorderedList items = new UnorderedList();
            for (CallSlotInfo c : list) {
                String text = getTranslation("hd.call.slotLabel", HelpdeskUi.dateTime(c.startsAt(), getLocale()),
                        c.minutes(), c.staffName()) + (c.bookedByName() == null ? "" : " · " + c.bookedByName());
                ListItem item = new ListItem(text);
                item.setId("ticket-call-" + c.id());
                items.add(item);
            }
            box.add(items);
        }
        if (!staff && ticket.status() != TicketStatus.CLOSED) {
            Anchor book = new Anchor(HelpdeskRoutes.callForTicket(ticket.id()), getTranslation("hd.call.bookForTicket"));
            book.setId("ticket-book-call");
            box.add(new Paragraph(book));
        }
        return box;
    }

    private Div staffPanel() {
        Div panel = new Div();
        panel.setId("ticket-staff-panel");
        panel.addClassName("hd-staff-panel");
        updating = true;
        status.setId("ticket-status-select");
        status.setLabel(getTranslation("hd.col.status"));
        status.setItems(TicketStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("hd.status." + s.name()));
        status.setItemEnabledProvider(s -> s == ticket.status() || ticket.status().canMoveTo(s));
        status.setValue(ticket.status());
        priority.setId("ticket-priority");
        priority.setLabel(getTranslation("hd.col.priority"));
        priority.setItems(TicketPriority.values());
        priority.setItemLabelGenerator(p -> getTranslation("hd.priority." + p.name()));
        priority.setValue(ticket.priority());
        assignee.setId("ticket-assignee");
        assignee.setLabel(getTranslation("hd.col.assignee"));
        List<StaffMember> members = tickets.staff();
        assignee.setItems(members);
        assignee.setItemLabelGenerator(StaffMember::name);
        assignee.setClearButtonVisible(true);
        assignee.setValue(members.stream().filter(m -> m.id().equals(ticket.assigneeId())).findFirst().orElse(null));
        updating = false;
        panel.add(new HorizontalLayout(status, priority, assignee));
        if (ticket.status() == TicketStatus.RESOLVED || ticket.status() == TicketStatus.CLOSED) {
            // the knowledge loop: a resolved question becomes a draft FAQ for trainers (anonymised)
            promote.setText(getTranslation("hd.faq.promote"));
            promote.setId("ticket-promote-faq");
            promoteStatus.setId("ticket-promote-status");
            promoteStatus.getElement().setAttribute("role", "status");
            promote.addClickListener(e -> {
                try {
                    it.percorsi.content.FaqDraftInfo draft = faqs.promote(ticket.id());
                    promoteStatus.setText(getTranslation("hd.faq.proposed", draft.question()));
                    promote.setEnabled(false);
                } catch (it.percorsi.base.FieldErrors ex) {
                    promoteStatus.setText(getTranslation(ex.errors().values().iterator().next()));
                }
            });
            Paragraph help = new Paragraph(getTranslation("hd.faq.promoteHelp"));
            help.addClassName("help-text");
            panel.add(help, promote, promoteStatus);
        }
        return panel;
    }

    private Div replyForm() {
        Div form = new Div();
        form.setId("ticket-reply-form");
        form.add(new H3(getTranslation(staff ? "hd.ticket.replyTitle" : ticket.status() == TicketStatus.RESOLVED
                ? "hd.ticket.reopenTitle" : "hd.ticket.addInfoTitle")));
        reply.setId("ticket-reply");
        reply.setLabel(getTranslation("hd.ticket.reply"));
        reply.setHelperText(getTranslation("hd.markdownHelp"));
        reply.setMaxLength(TicketService.BODY_MAX_LENGTH);
        reply.setWidthFull();
        reply.setMinHeight("8rem");
        sendReply.setId("ticket-send-reply");
        sendReply.setText(getTranslation(staff ? "hd.ticket.sendReply" : ticket.status() == TicketStatus.RESOLVED
                ? "hd.ticket.reopen" : "hd.ticket.send"));
        sendReply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(sendReply);
        if (staff) {
            canned.setId("ticket-canned");
            canned.setLabel(getTranslation("hd.ticket.canned"));
            canned.setItems(cannedReplies.available());
            canned.setItemLabelGenerator(CannedReplyView::title);
            statusAfterReply.setId("ticket-status-after-reply");
            statusAfterReply.setLabel(getTranslation("hd.ticket.statusAfterReply"));
            statusAfterReply.setItems(TicketStatus.OPEN, TicketStatus.WAITING_FOR_USER, TicketStatus.RESOLVED);
            statusAfterReply.setItemLabelGenerator(s -> getTranslation("hd.status." + s.name()));
            if (statusAfterReply.isEmpty()) {
                statusAfterReply.setValue(TicketStatus.WAITING_FOR_USER);
            }
            addNote.setId("ticket-add-note");
            addNote.setText(getTranslation("hd.ticket.addNote"));
            actions.add(statusAfterReply, addNote);
            form.add(canned);
        }
        form.add(reply, files.upload, filesError, actions);
        return form;
    }

    private Div ratingForm() {
        Div form = new Div();
        form.setId("ticket-rating");
        form.add(new H3(getTranslation("hd.rating.title")));
        if (ticket.rating() != null) {
            Paragraph done = new Paragraph(getTranslation("hd.rating.given", ticket.rating()));
            done.setId("ticket-rating-given");
            form.add(done);
        }
        score.setId("rating-score");
        score.setLabel(getTranslation("hd.rating.score"));
        score.setItems(1, 2, 3, 4, 5);
        score.setItemLabelGenerator(s -> getTranslation("hd.rating.option." + s));
        if (ticket.rating() != null && score.isEmpty()) {
            score.setValue(ticket.rating());
        }
        ratingComment.setId("rating-comment");
        ratingComment.setLabel(getTranslation("hd.rating.comment"));
        ratingComment.setMaxLength(TicketService.RATING_COMMENT_MAX_LENGTH);
        ratingComment.setWidthFull();
        rate.setId("rating-send");
        rate.setText(getTranslation("hd.rating.send"));
        rate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(score, ratingComment, rate);
        return form;
    }

    private Div historyList() {
        Div box = new Div();
        box.setId("ticket-history");
        box.add(new H3(getTranslation("hd.ticket.history")));
        history.removeAll();
        for (TicketDetails.HistoryEntry h : ticket.history()) {
            history.add(new ListItem(describe(h)));
        }
        box.add(history);
        return box;
    }

    String describe(TicketDetails.HistoryEntry h) {
        String what = switch (h.action()) {
            case "STATUS" -> getTranslation("hd.history.STATUS", label("hd.status.", h.oldValue()),
                    label("hd.status.", h.newValue()));
            case "PRIORITY" -> getTranslation("hd.history.PRIORITY", label("hd.priority.", h.oldValue()),
                    label("hd.priority.", h.newValue()));
            case "ASSIGNEE" -> getTranslation("hd.history.ASSIGNEE", h.oldValue() == null ? "-" : h.oldValue(),
                    h.newValue() == null ? "-" : h.newValue());
            case "OVERDUE" -> getTranslation("hd.history.OVERDUE", getTranslation("hd.sla."
                    + ("FIRST_RESPONSE".equals(h.newValue()) ? "firstResponse" : "resolution")));
            default -> getTranslation("hd.history." + h.action(), h.newValue() == null ? "" : h.newValue());
        };
        return HelpdeskUi.dateTime(h.at(), getLocale()) + " · " + h.actorName() + " · " + what;
    }

    private String label(String prefix, String value) {
        return value == null ? "-" : getTranslation(prefix + value);
    }

    private void save(Supplier<TicketDetails> action) {
        save(action, false);
    }

    /** Runs a change; on success reloads the page's state, on a conflict keeps what was typed. */
    private void save(Supplier<TicketDetails> action, boolean clearsReply) {
        errors.clear();
        filesError.setText("");
        try {
            ticket = action.get();
            conflict.setVisible(false);
            if (clearsReply) {
                reply.clear();
                files.clear();
            }
            build();
        } catch (TicketChanged e) {
            conflict.removeAll();
            Button reload = new Button(getTranslation("hd.conflict.reload"), c -> reload());
            reload.setId("ticket-reload");
            conflict.add(new Span(getTranslation(TicketChanged.MESSAGE_KEY) + " "), reload);
            conflict.setVisible(true);
            resetSelections();
        } catch (FieldErrors e) {
            var rest = errors.show(e);
            if (rest.containsKey("attachments")) {
                filesError.setText(getTranslation(rest.get("attachments")));
            } else if (!rest.isEmpty()) {
                HelpdeskUi.error(this, rest.values().iterator().next());
            }
            resetSelections();
        }
    }

    /** Shows the latest state of the ticket; the reply being written stays in its field. */
    void reload() {
        ticket = tickets.ticket(ticket.id());
        conflict.setVisible(false);
        build();
    }

    private void resetSelections() {
        if (!staff) {
            return;
        }
        updating = true;
        status.setValue(ticket.status());
        priority.setValue(ticket.priority());
        updating = false;
    }

    TicketDetails ticket() {
        return ticket;
    }

    /** Set when the page has loaded its object; the page's kind alone until then. */
    private String titleDetail;

    @Override
    public String getPageTitle() {
        return PageTitles.detail(this, "title.ticket", titleDetail);
    }
}
