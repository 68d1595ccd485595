package it.percorsi.helpdesk;

import it.percorsi.helpdesk.internal.MailThread;
import it.percorsi.helpdesk.internal.MailThreadRepository;
import it.percorsi.helpdesk.internal.ReplyTokens;
import it.percorsi.helpdesk.internal.TicketRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What threads an answer to a help-desk mail back to its ticket (DD009): a Message-ID of the
 * mail's own, remembered with the ticket and the recipient, and, when an inbound address is
 * configured, a Reply-To {@code local+token@domain} with a signed, expiring reply token. Called by
 * the notification module while it writes the mail, inside the same transaction. No method
 * security of its own (like {@code AccountDirectory}): it runs inside a change that was already
 * authorised, or inside a scheduled job that has no user (overdue reports).
 */
@Service
public class MailThreads {

    /** The headers of one outgoing mail; {@code replyTo} is null without an inbound address. */
    public record Threading(String messageId, String replyTo) {
    }

    private final TicketRepository tickets;
    private final MailThreadRepository threads;
    private final ReplyTokens tokens;
    private final InboundMailProperties inbound;
    private final Clock clock;

    MailThreads(TicketRepository tickets, MailThreadRepository threads, ReplyTokens tokens,
                InboundMailProperties inbound, Clock clock) {
        this.tickets = tickets;
        this.threads = threads;
        this.tokens = tokens;
        this.inbound = inbound;
        this.clock = clock;
    }

    /** Threading for a mail about ticket {@code ticketNumber} to account {@code recipientId}; empty if no such ticket. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Threading> issue(String ticketNumber, Long recipientId) {
        if (ticketNumber == null || recipientId == null) {
            return Optional.empty();
        }
        return tickets.findByNumber(ticketNumber).map(t -> {
            Instant now = clock.instant();
            String messageId = "hd." + UUID.randomUUID() + "@" + domain();
            threads.save(new MailThread(messageId, t.getId(), recipientId, now));
            String replyTo = null;
            if (inbound.hasAddress()) {
                String address = inbound.address().strip();
                int at = address.lastIndexOf('@');
                replyTo = address.substring(0, at) + "+" + tokens.issue(t.getId(), recipientId,
                        now.plus(inbound.tokenValidity())) + address.substring(at);
            }
            return new Threading("<" + messageId + ">", replyTo);
        });
    }

    private String domain() {
        if (inbound.hasAddress()) {
            String address = inbound.address().strip();
            return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        }
        return "percorsi.local";
    }
}
