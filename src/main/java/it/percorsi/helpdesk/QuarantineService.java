package it.percorsi.helpdesk;

import it.percorsi.account.AccountDirectory;
import it.percorsi.account.CurrentUser;
import it.percorsi.account.CurrentUserProvider;
import it.percorsi.account.Role;
import it.percorsi.base.FieldErrors;
import it.percorsi.helpdesk.internal.InboundQuarantine;
import it.percorsi.helpdesk.internal.InboundQuarantineRepository;
import it.percorsi.helpdesk.internal.ParsedMail;
import it.percorsi.helpdesk.internal.Ticket;
import it.percorsi.helpdesk.internal.TicketHistory;
import it.percorsi.helpdesk.internal.TicketHistoryRepository;
import it.percorsi.helpdesk.internal.TicketRepository;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarantine list for staff (DD009): mails that did not land in a ticket by themselves. Staff
 * read the original and either release it into a ticket they name (it lands as a reply of its
 * sender, or, for an address without an account, of the requester's side written by the sender
 * and vouched for by the staff member) or discard it. Each decision is recorded with who and when.
 */
@Service
public class QuarantineService {

    public static final int LIST_LIMIT = 500;
    static final int SOURCE_MAX_CHARS = 200_000;

    private final InboundQuarantineRepository quarantine;
    private final TicketRepository tickets;
    private final TicketHistoryRepository history;
    private final InboundMailProcessor processor;
    private final TicketService ticketService;
    private final AccountDirectory directory;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    QuarantineService(InboundQuarantineRepository quarantine, TicketRepository tickets, TicketHistoryRepository history,
                      InboundMailProcessor processor, TicketService ticketService, AccountDirectory directory,
                      CurrentUserProvider currentUser, Clock clock) {
        this.quarantine = quarantine;
        this.tickets = tickets;
        this.history = history;
        this.processor = processor;
        this.ticketService = ticketService;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Mails waiting for a decision, newest first. */
    @PreAuthorize(TicketService.STAFF_ROLES)
    @Transactional(readOnly = true)
    public List<QuarantinedMail> pending() {
        return quarantine.findByStatusOrderByReceivedAtDescIdDesc(QuarantineStatus.PENDING, PageRequest.of(0, LIST_LIMIT))
                .stream().map(q -> new QuarantinedMail(q.getId(), q.getReason(), q.getSender(), q.getSenderName(),
                        q.getSubject(), q.getSentAt(), q.getReceivedAt(), q.getTicketId() == null ? null
                        : tickets.findById(q.getTicketId()).map(Ticket::getNumber).orElse(null))).toList();
    }

    @PreAuthorize(TicketService.STAFF_ROLES)
    @Transactional(readOnly = true)
    public QuarantinedOriginal original(Long id) {
        InboundQuarantine q = quarantine.findById(id).orElseThrow(TicketNotFound::new);
        byte[] raw = q.getRawMessage();
        String source = new String(raw, 0, Math.min(raw.length, SOURCE_MAX_CHARS), StandardCharsets.UTF_8);
        try {
            ParsedMail mail = ParsedMail.parse(raw);
            String headers = "From: " + (mail.fromName() == null ? "" : mail.fromName() + " ") + "<" + mail.fromAddress()
                    + ">\nTo: " + String.join(", ", mail.recipients()) + "\nSubject: " + mail.subject()
                    + (mail.sentAt() == null ? "" : "\nDate: " + mail.sentAt())
                    + (mail.referencedIds().isEmpty() ? "" : "\nIn-Reply-To/References: "
                    + String.join(" ", mail.referencedIds()));
            return new QuarantinedOriginal(headers, mail.text(), mail.files().stream().map(ParsedMail.File::fileName)
                    .toList(), source);
        } catch (MessagingException | IOException | RuntimeException e) {
            return new QuarantinedOriginal("", "", List.of(), source);
        }
    }

    /**
     * Lands the mail in the ticket with this number (field "ticket"): as a reply of the sender's
     * account when there is one (staff side for staff), otherwise on the requester's side under
     * the sender's name. Refused when the ticket does not exist or is closed, or when the mail was
     * already decided.
     */
    @PreAuthorize(TicketService.STAFF_ROLES)
    @Transactional
    public Long release(Long id, String ticketNumber) {
        InboundQuarantine q = pendingOne(id);
        String number = ticketNumber == null ? "" : ticketNumber.strip().toUpperCase(Locale.ROOT);
        if (number.isEmpty()) {
            throw FieldErrors.of("ticket", "hd.error.required");
        }
        Ticket t = tickets.findByNumber(number).orElseThrow(() -> FieldErrors.of("ticket", "hd.quarantine.error.ticket"));
        ParsedMail mail;
        try {
            mail = ParsedMail.parse(q.getRawMessage());
        } catch (MessagingException | IOException e) {
            throw FieldErrors.of("ticket", "hd.quarantine.error.unreadable");
        }
        CurrentUser staff = currentUser.require();
        Optional<CurrentUser> account = directory.activeByEmail(mail.fromAddress());
        boolean fromStaff = account.map(a -> a.role() == Role.HELPDESK || a.role() == Role.ADMIN).orElse(false);
        if (!ticketService.acceptsMailReply(t, fromStaff)) {
            throw FieldErrors.of("ticket", "hd.quarantine.error.closed");
        }
        CurrentUser author = account.orElseGet(() -> new CurrentUser(staff.id(), mail.fromAddress(),
                (mail.fromName() == null || mail.fromName().isBlank() ? "" : mail.fromName() + " ")
                        + "<" + mail.fromAddress() + ">", Role.REFERENT, t.getAdministrationId(), staff.locale()));
        processor.land(t, author, fromStaff, mail);
        Instant now = clock.instant();
        String by = TicketService.displayName(staff);
        history.save(new TicketHistory(t.getId(), by, "MAIL_RELEASED", null, q.getSender(), now));
        q.decide(QuarantineStatus.RELEASED, t.getId(), by, now);
        return t.getId();
    }

    @PreAuthorize(TicketService.STAFF_ROLES)
    @Transactional
    public void discard(Long id) {
        InboundQuarantine q = pendingOne(id);
        q.decide(QuarantineStatus.DISCARDED, null, TicketService.displayName(currentUser.require()), clock.instant());
    }

    @PreAuthorize(TicketService.STAFF_ROLES)
    @Transactional(readOnly = true)
    public long pendingCount() {
        return quarantine.countByStatus(QuarantineStatus.PENDING);
    }

    private InboundQuarantine pendingOne(Long id) {
        InboundQuarantine q = quarantine.findById(id).orElseThrow(TicketNotFound::new);
        if (q.getStatus() != QuarantineStatus.PENDING) {
            throw FieldErrors.of("ticket", "hd.quarantine.error.decided");
        }
        return q;
    }
}
