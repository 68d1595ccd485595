package it.percorsi.helpdesk;

import it.percorsi.account.CurrentUserProvider;
import it.percorsi.base.FieldErrors;
import it.percorsi.helpdesk.internal.CannedReply;
import it.percorsi.helpdesk.internal.CannedReplyRepository;
import it.percorsi.helpdesk.internal.Ticket;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Canned replies staff manage, with placeholders filled from the ticket: {{requester}},
 * {{number}}, {{subject}}, {{administration}}, {{agent}} (also in Italian: {{richiedente}},
 * {{numero}}, {{oggetto}}, {{amministrazione}}, {{operatore}}).
 * <p>
 * A new reply is a DRAFT; publishing it offers it to agents answering tickets ({@link #available()},
 * {@link #fill}); it can go back to draft or be archived (see {@link CannedReplyState}). Editing a
 * reply keeps its state. Help-desk staff and admins do all of this.
 */
@Service
public class CannedReplyService {

    /** Shown to staff next to the editor (template syntax, the same in both languages). */
    public static final String PLACEHOLDERS = "{{requester}} {{number}} {{subject}} {{administration}} {{agent}}"
            + " ({{richiedente}} {{numero}} {{oggetto}} {{amministrazione}} {{operatore}})";

    private final CannedReplyRepository replies;
    private final TicketAccess access;
    private final CurrentUserProvider currentUser;

    CannedReplyService(CannedReplyRepository replies, TicketAccess access, CurrentUserProvider currentUser) {
        this.replies = replies;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** Every canned reply, whatever its state: for the management page. */
    @PreAuthorize(TicketService.STAFF_ROLES)
    @Transactional(readOnly = true)
    public List<CannedReplyView> list() {
        return replies.findAllByOrderByTitleAsc().stream().map(CannedReplyService::view).toList();
    }

    /** The published canned replies: the ones offered when answering a ticket. */
    @PreAuthorize(TicketService.STAFF_ROLES)
    @Transactional(readOnly = true)
    public List<CannedReplyView> available() {
        return replies.findAllByOrderByTitleAsc().stream().filter(r -> r.getState() == CannedReplyState.PUBLISHED)
                .map(CannedReplyService::view).toList();
    }

    /** DRAFT → PUBLISHED: offered to agents from now on. */
    @PreAuthorize(TicketService.STAFF_ROLES)
    @Transactional
    public CannedReplyView publish(Long id, long version) {
        return move(id, version, CannedReplyState.PUBLISHED);
    }

    /** PUBLISHED or ARCHIVED → DRAFT: no longer offered until published again. */
    @PreAuthorize(TicketService.STAFF_ROLES)
    @Transactional
    public CannedReplyView toDraft(Long id, long version) {
        return move(id, version, CannedReplyState.DRAFT);
    }

    /** DRAFT or PUBLISHED → ARCHIVED: kept but not offered. */
    @PreAuthorize(TicketService.STAFF_ROLES)
    @Transactional
    public CannedReplyView archive(Long id, long version) {
        return move(id, version, CannedReplyState.ARCHIVED);
    }

    /** Refused with "hd.canned.error.transition" on "state" when the move is not allowed. */
    private CannedReplyView move(Long id, long version, CannedReplyState next) {
        CannedReply r = replies.findById(id).orElseThrow(() -> FieldErrors.of("title", "hd.error.notFound"));
        if (r.getVersion() != version) {
            throw FieldErrors.of("title", "hd.error.conflict");
        }
        if (!r.getState().canMoveTo(next)) {
            throw FieldErrors.of("state", "hd.canned.error.transition");
        }
        r.moveTo(next);
        replies.flush();
        return view(r);
    }

    /** Creates (id null) or updates a canned reply; a stale version is refused. */
    @PreAuthorize(TicketService.STAFF_ROLES)
    @Transactional
    public CannedReplyView save(Long id, String title, String body, long version) {
        FieldErrors.Builder errors = new FieldErrors.Builder();
        if (title == null || title.isBlank()) {
            errors.add("title", "hd.error.required");
        } else if (title.length() > CannedReplyView.TITLE_MAX_LENGTH) {
            errors.add("title", "hd.error.tooLong");
        }
        if (body == null || body.isBlank()) {
            errors.add("body", "hd.error.required");
        } else if (body.length() > TicketService.BODY_MAX_LENGTH) {
            errors.add("body", "hd.error.tooLong");
        }
        errors.throwIfAny();
        if (id == null) {
            return view(replies.save(new CannedReply(title.strip(), body.strip())));
        }
        CannedReply r = replies.findById(id).orElseThrow(() -> FieldErrors.of("title", "hd.error.notFound"));
        if (r.getVersion() != version) {
            throw FieldErrors.of("title", "hd.error.conflict");
        }
        r.update(title.strip(), body.strip());
        replies.flush();
        return view(r);
    }

    @PreAuthorize(TicketService.STAFF_ROLES)
    @Transactional
    public void delete(Long id) {
        replies.deleteById(id);
    }

    /**
     * The reply's text with the ticket's values in place of the placeholders. Only a published reply
     * can be used ("hd.error.notFound" otherwise).
     */
    @PreAuthorize(TicketService.STAFF_ROLES)
    @Transactional(readOnly = true)
    public String fill(Long replyId, Long ticketId) {
        CannedReply r = replies.findById(replyId).filter(c -> c.getState() == CannedReplyState.PUBLISHED)
                .orElseThrow(() -> FieldErrors.of("canned", "hd.error.notFound"));
        Ticket t = access.load(ticketId);
        String agent = currentUser.require().fullName();
        Map<String, String> values = Map.of("requester", t.getRequesterName(), "number", t.getNumber(),
                "subject", t.getSubject(), "administration", t.getAdministrationName(), "agent",
                agent == null ? "" : agent);
        Map<String, String> italian = Map.of("richiedente", "requester", "numero", "number", "oggetto", "subject",
                "amministrazione", "administration", "operatore", "agent");
        String text = r.getBody();
        for (var e : values.entrySet()) {
            text = text.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        for (var e : italian.entrySet()) {
            text = text.replace("{{" + e.getKey() + "}}", values.get(e.getValue()));
        }
        return text;
    }

    private static CannedReplyView view(CannedReply r) {
        return new CannedReplyView(r.getId(), r.getTitle(), r.getBody(), r.getVersion(), r.getState());
    }
}
