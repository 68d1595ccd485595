package it.percorsi.helpdesk;

import it.percorsi.base.FieldErrors;
import it.percorsi.helpdesk.internal.RatingTokens;
import it.percorsi.helpdesk.internal.Ticket;
import it.percorsi.helpdesk.internal.TicketRepository;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ratings through the signed link of the resolution mail, without login. The token opens the
 * rating of its own ticket and shows nothing but its number and subject.
 */
@Service
public class RatingService {

    private final RatingTokens tokens;
    private final TicketRepository tickets;
    private final TicketService service;
    private final Clock clock;

    RatingService(RatingTokens tokens, TicketRepository tickets, TicketService service, Clock clock) {
        this.tokens = tokens;
        this.tickets = tickets;
        this.service = service;
        this.clock = clock;
    }

    public record LinkTarget(String number, String subject, Integer rating, String comment) {
    }

    /** The ticket the link is for; FieldErrors "hd.rating.error.expired" or "...invalid" otherwise. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public LinkTarget target(String token) {
        Ticket t = ticketOf(token);
        return new LinkTarget(t.getNumber(), t.getSubject(), t.getRating(), t.getRatingComment());
    }

    @PreAuthorize("permitAll()")
    @Transactional
    public LinkTarget rate(String token, int score, String comment) {
        Ticket t = ticketOf(token);
        service.rateTicket(t, score, comment, t.getRequesterName());
        return new LinkTarget(t.getNumber(), t.getSubject(), t.getRating(), t.getRatingComment());
    }

    private Ticket ticketOf(String token) {
        return switch (tokens.check(token, clock.instant())) {
            case RatingTokens.Valid v -> tickets.findById(v.ticketId())
                    .orElseThrow(() -> FieldErrors.of("link", "hd.rating.error.invalid"));
            case RatingTokens.Expired e -> throw FieldErrors.of("link", "hd.rating.error.expired");
            case RatingTokens.Invalid i -> throw FieldErrors.of("link", "hd.rating.error.invalid");
        };
    }
}
