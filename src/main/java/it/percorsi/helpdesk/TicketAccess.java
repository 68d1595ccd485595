package it.percorsi.helpdesk;

import it.percorsi.account.CurrentUser;
import it.percorsi.account.CurrentUserProvider;
import it.percorsi.account.Role;
import it.percorsi.helpdesk.internal.Ticket;
import it.percorsi.helpdesk.internal.TicketRepository;
import org.springframework.stereotype.Component;

/**
 * Loads a ticket for the logged-in user: staff see every ticket, a referent only those of their
 * own administration; anything else is "not found", exactly like a missing id.
 */
@Component
class TicketAccess {

    private final TicketRepository tickets;
    private final CurrentUserProvider currentUser;

    TicketAccess(TicketRepository tickets, CurrentUserProvider currentUser) {
        this.tickets = tickets;
        this.currentUser = currentUser;
    }

    Ticket load(Long id) {
        CurrentUser user = currentUser.require();
        if (id == null) {
            throw new TicketNotFound();
        }
        if (user.role() == Role.REFERENT) {
            return tickets.findByIdAndAdministrationId(id, user.administrationId()).orElseThrow(TicketNotFound::new);
        }
        if (user.role() == Role.HELPDESK || user.role() == Role.ADMIN) {
            return tickets.findById(id).orElseThrow(TicketNotFound::new);
        }
        throw new TicketNotFound();
    }

    boolean isStaff() {
        Role role = currentUser.require().role();
        return role == Role.HELPDESK || role == Role.ADMIN;
    }
}
