package it.percorsi.helpdesk;

import it.percorsi.base.FieldErrors;
import it.percorsi.content.FaqDraftInfo;
import it.percorsi.content.FaqDraftService;
import it.percorsi.content.FaqProposal;
import it.percorsi.helpdesk.internal.Ticket;
import it.percorsi.helpdesk.internal.TicketMessage;
import it.percorsi.helpdesk.internal.TicketMessageRepository;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Promote to FAQ": a resolved ticket's question and its public answers become a draft FAQ for
 * trainers, anonymised by the content module. Internal notes are never read here.
 */
@Service
public class TicketFaqService {

    private final TicketAccess access;
    private final TicketMessageRepository messages;
    private final FaqDraftService drafts;

    TicketFaqService(TicketAccess access, TicketMessageRepository messages, FaqDraftService drafts) {
        this.access = access;
        this.messages = messages;
        this.drafts = drafts;
    }

    @PreAuthorize(TicketService.STAFF_ROLES)
    @Transactional
    public FaqDraftInfo promote(Long ticketId) {
        Ticket t = access.load(ticketId);
        FieldErrors.Builder errors = new FieldErrors.Builder();
        if (t.getStatus() != TicketStatus.RESOLVED && t.getStatus() != TicketStatus.CLOSED) {
            errors.add("faq", "hd.faq.notResolved");
            errors.throwIfAny();
        }
        List<TicketMessage> published = messages.findByTicketIdAndInternalFalseOrderByCreatedAtAscIdAsc(t.getId());
        String answer = published.stream().filter(TicketMessage::isStaff).map(TicketMessage::getBody)
                .filter(b -> b != null && !b.isBlank()).map(String::strip).collect(Collectors.joining("\n\n"));
        if (answer.isBlank()) {
            errors.add("faq", "hd.faq.noAnswer");
            errors.throwIfAny();
        }
        Set<String> people = new LinkedHashSet<>();
        people.add(t.getRequesterName());
        people.add(t.getAssigneeName());
        published.forEach(m -> people.add(m.getAuthorName()));
        people.remove(null);
        List<String> administrations = new ArrayList<>();
        if (t.getAdministrationName() != null) {
            administrations.add(t.getAdministrationName());
        }
        return drafts.propose(new FaqProposal(t.getId(), t.getNumber(), t.getSubject(), t.getBody(), answer,
                List.copyOf(people), administrations));
    }
}
