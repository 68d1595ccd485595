package it.percorsi.helpdesk;

import it.percorsi.account.AccountDirectory;
import it.percorsi.account.CurrentUser;
import it.percorsi.account.Role;
import it.percorsi.base.FieldErrors;
import it.percorsi.helpdesk.internal.InboundQuarantine;
import it.percorsi.helpdesk.internal.InboundQuarantineRepository;
import it.percorsi.helpdesk.internal.InboundReceipt;
import it.percorsi.helpdesk.internal.InboundReceiptRepository;
import it.percorsi.helpdesk.internal.MailThread;
import it.percorsi.helpdesk.internal.MailThreadRepository;
import it.percorsi.helpdesk.internal.ParsedMail;
import it.percorsi.helpdesk.internal.QuotedText;
import it.percorsi.helpdesk.internal.ReplyTokens;
import it.percorsi.helpdesk.internal.Ticket;
import it.percorsi.helpdesk.internal.TicketHistory;
import it.percorsi.helpdesk.internal.TicketHistoryRepository;
import it.percorsi.helpdesk.internal.TicketRepository;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides what one incoming mail becomes (DD009), in one transaction together with its receipt:
 * an automatic mail is only recorded; a forged or expired token, a spoofed or unknown sender,
 * another administration's referent or a closed ticket go to quarantine; otherwise the mail is
 * matched to a ticket by In-Reply-To/References, then by reply token, then by the ticket number
 * in the subject, and lands as a public reply of its sender (or opens a new ticket).
 */
@Component
class InboundMailProcessor {

    static final Pattern NUMBER = Pattern.compile("\\[#?(HD-\\d{4}-\\d{6,})\\]", Pattern.CASE_INSENSITIVE);
    /** Stored when a mail has files but no text of its own. */
    static final String NO_TEXT = "—";

    private final InboundReceiptRepository receipts;
    private final InboundQuarantineRepository quarantine;
    private final MailThreadRepository threads;
    private final TicketRepository tickets;
    private final TicketHistoryRepository history;
    private final ReplyTokens tokens;
    private final AccountDirectory directory;
    private final TicketService service;
    private final AttachmentService attachments;
    private final InboundMailProperties properties;
    private final Clock clock;

    InboundMailProcessor(InboundReceiptRepository receipts, InboundQuarantineRepository quarantine,
                         MailThreadRepository threads, TicketRepository tickets, TicketHistoryRepository history,
                         ReplyTokens tokens, AccountDirectory directory, TicketService service,
                         AttachmentService attachments, InboundMailProperties properties, Clock clock) {
        this.receipts = receipts;
        this.quarantine = quarantine;
        this.threads = threads;
        this.tickets = tickets;
        this.history = history;
        this.tokens = tokens;
        this.directory = directory;
        this.service = service;
        this.attachments = attachments;
        this.properties = properties;
        this.clock = clock;
    }

    /** The outcome, the ticket concerned (if any) and, for a quarantined mail, why. */
    record Result(InboundOutcome outcome, Long ticketId, QuarantineReason reason) {
    }

    /** Processes one message as it came from the mailbox; a message already receipted is left alone. */
    @Transactional
    Result process(byte[] raw) {
        return process(raw, () -> { });
    }

    /** {@code beforeCommit} runs after the work, inside the transaction (tests simulate a crash there). */
    @Transactional
    Result process(byte[] raw, Runnable beforeCommit) {
        Result result = decide(raw);
        beforeCommit.run();
        return result;
    }

    private Result decide(byte[] raw) {
        ParsedMail mail;
        try {
            mail = ParsedMail.parse(raw);
        } catch (MessagingException | IOException | RuntimeException e) {
            return unreadable(raw, e);
        }
        if (receipts.existsByMessageKey(mail.key())) {
            return new Result(InboundOutcome.DUPLICATE, null, null);
        }
        if (mail.automatic() != null) {
            receipts.save(new InboundReceipt(mail.key(), clock.instant(), mail.fromAddress(), mail.subject(),
                    InboundOutcome.AUTOMATIC, mail.automatic(), null));
            return new Result(InboundOutcome.AUTOMATIC, null, null);
        }
        Optional<ReplyTokens.Outcome> token = token(mail.recipients());
        if (token.isPresent() && token.get() instanceof ReplyTokens.Forged) {
            return quarantine(mail, raw, QuarantineReason.FORGED_TOKEN, null);
        }
        if (token.isPresent() && token.get() instanceof ReplyTokens.Expired e) {
            return quarantine(mail, raw, QuarantineReason.EXPIRED_TOKEN, tickets.findById(e.ticketId()).orElse(null));
        }
        if (mail.dmarcFailed()) {
            return quarantine(mail, raw, QuarantineReason.SPOOFED, null);
        }
        String matchedBy = "in-reply-to";
        Ticket ticket = byThread(mail.referencedIds()).orElse(null);
        if (ticket == null && token.isPresent() && token.get() instanceof ReplyTokens.Valid v) {
            matchedBy = "token";
            ticket = tickets.findById(v.ticketId()).orElse(null);
        }
        if (ticket == null) {
            matchedBy = "ticket number";
            ticket = byNumber(mail.subject()).orElse(null);
        }
        Optional<CurrentUser> sender = directory.activeByEmail(mail.fromAddress());
        if (sender.isEmpty()) {
            return quarantine(mail, raw, QuarantineReason.UNKNOWN_SENDER, ticket);
        }
        CurrentUser author = sender.get();
        if (ticket == null) {
            if (author.role() == Role.REFERENT && author.administrationId() != null && properties.openTickets()) {
                Files files = files(mail, 0);
                String text = QuotedText.trim(mail.text());
                Ticket created = service.openFromMail(author, mail.subject(), text.isBlank() ? NO_TEXT : text,
                        mail.text(), files.accepted());
                refused(created, files, author);
                receipts.save(new InboundReceipt(mail.key(), clock.instant(), mail.fromAddress(), mail.subject(),
                        InboundOutcome.NEW_TICKET, files.detail(), created.getId()));
                return new Result(InboundOutcome.NEW_TICKET, created.getId(), null);
            }
            return quarantine(mail, raw, QuarantineReason.NO_TICKET, null);
        }
        boolean staff;
        if (author.role() == Role.REFERENT) {
            if (!ticket.getAdministrationId().equals(author.administrationId())) {
                return quarantine(mail, raw, QuarantineReason.OTHER_ADMINISTRATION, ticket);
            }
            staff = false;
        } else if (author.role() == Role.HELPDESK || author.role() == Role.ADMIN) {
            if (ticket.getAssigneeId() != null && !ticket.getAssigneeId().equals(author.id())) {
                return quarantine(mail, raw, QuarantineReason.NOT_ALLOWED, ticket);
            }
            staff = true;
        } else {
            return quarantine(mail, raw, QuarantineReason.NOT_ALLOWED, ticket);
        }
        if (!service.acceptsMailReply(ticket, staff)) {
            return quarantine(mail, raw, QuarantineReason.TICKET_CLOSED, ticket);
        }
        land(ticket, author, staff, mail);
        receipts.save(new InboundReceipt(mail.key(), clock.instant(), mail.fromAddress(), mail.subject(),
                InboundOutcome.REPLY, "matched by " + matchedBy, ticket.getId()));
        return new Result(InboundOutcome.REPLY, ticket.getId(), null);
    }

    /** Adds the mail's text (trimmed) and accepted files to the ticket as a public reply of {@code author}. */
    void land(Ticket ticket, CurrentUser author, boolean staff, ParsedMail mail) {
        Files files = files(mail, attachments.totalBytes(ticket.getId()));
        String text = QuotedText.trim(mail.text());
        service.replyFromMail(ticket, author, staff, text.isBlank() ? NO_TEXT : text, mail.text(), files.accepted());
        refused(ticket, files, author);
    }

    /** Files refused by the help desk's checks are not stored; the history says which and why (staff see it). */
    private void refused(Ticket ticket, Files files, CurrentUser author) {
        for (Map.Entry<String, String> r : files.refused().entrySet()) {
            history.save(new TicketHistory(ticket.getId(), TicketService.displayName(author), "MAIL_FILE_REFUSED",
                    r.getValue(), InboundReceipt.cut(r.getKey(), 300), clock.instant()));
        }
    }

    record Files(List<NewAttachment> accepted, Map<String, String> refused) {
        String detail() {
            return refused.isEmpty() ? null : "refused files: " + String.join(", ", refused.keySet());
        }
    }

    /** Each file through the help desk's checks on its own: one refused file does not hold back the others. */
    private Files files(ParsedMail mail, long alreadyStored) {
        List<NewAttachment> accepted = new ArrayList<>();
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        long total = alreadyStored;
        for (ParsedMail.File f : mail.files()) {
            NewAttachment a = new NewAttachment(f.fileName(), f.content());
            FieldErrors.Builder errors = new FieldErrors.Builder();
            attachments.check(errors, List.of(a), total);
            try {
                errors.throwIfAny();
                accepted.add(a);
                total += f.content().length;
            } catch (FieldErrors e) {
                refused.put(f.fileName(), e.errors().values().iterator().next());
            }
        }
        return new Files(accepted, refused);
    }

    private Optional<ReplyTokens.Outcome> token(List<String> recipients) {
        if (!properties.hasAddress()) {
            return Optional.empty();
        }
        String address = properties.address().strip().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        String prefix = address.substring(0, at) + "+";
        String domain = address.substring(at);
        Instant now = clock.instant();
        ReplyTokens.Outcome found = null;
        for (String r : recipients) {
            String a = r.toLowerCase(Locale.ROOT);
            if (a.startsWith(prefix) && a.endsWith(domain)) {
                ReplyTokens.Outcome o = tokens.check(a.substring(prefix.length(), a.length() - domain.length()), now);
                if (o instanceof ReplyTokens.Valid) {
                    return Optional.of(o);
                }
                found = found instanceof ReplyTokens.Expired ? found : o;
            }
        }
        return Optional.ofNullable(found);
    }

    private Optional<Ticket> byThread(List<String> ids) {
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        Map<String, MailThread> known = threads.findByMessageIdIn(ids).stream()
                .collect(Collectors.toMap(MailThread::getMessageId, Function.identity()));
        // In-Reply-To comes first, then References from the newest (last) to the oldest
        List<String> order = new ArrayList<>(ids);
        if (order.size() > 1) {
            List<String> rest = new ArrayList<>(order.subList(1, order.size()));
            java.util.Collections.reverse(rest);
            order = new ArrayList<>(List.of(order.getFirst()));
            order.addAll(rest);
        }
        for (String id : order) {
            MailThread t = known.get(id);
            if (t != null) {
                return tickets.findById(t.getTicketId());
            }
        }
        return Optional.empty();
    }

    private Optional<Ticket> byNumber(String subject) {
        Matcher m = NUMBER.matcher(subject == null ? "" : subject);
        return m.find() ? tickets.findByNumber(m.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    private Result quarantine(ParsedMail mail, byte[] raw, QuarantineReason reason, Ticket ticket) {
        Instant now = clock.instant();
        Long ticketId = ticket == null ? null : ticket.getId();
        InboundReceipt receipt = receipts.save(new InboundReceipt(mail.key(), now, mail.fromAddress(), mail.subject(),
                InboundOutcome.QUARANTINED, reason.name(), ticketId));
        quarantine.save(new InboundQuarantine(receipt.getId(), reason, mail.fromAddress(), mail.fromName(),
                mail.subject(), mail.sentAt(), now, ticketId, raw));
        return new Result(InboundOutcome.QUARANTINED, ticketId, reason);
    }

    private Result unreadable(byte[] raw, Exception e) {
        String key = "sha256:" + AttachmentService.sha256(raw);
        if (receipts.existsByMessageKey(key)) {
            return new Result(InboundOutcome.DUPLICATE, null, null);
        }
        Instant now = clock.instant();
        InboundReceipt receipt = receipts.save(new InboundReceipt(key, now, null, null, InboundOutcome.QUARANTINED,
                QuarantineReason.UNREADABLE.name() + ": " + e.getMessage(), null));
        quarantine.save(new InboundQuarantine(receipt.getId(), QuarantineReason.UNREADABLE, "", null, "", null, now,
                null, raw));
        return new Result(InboundOutcome.QUARANTINED, null, QuarantineReason.UNREADABLE);
    }
}
