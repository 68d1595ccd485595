package it.percorsi.helpdesk;

/** Someone a ticket can be assigned to. */
public record StaffMember(Long id, String name) {
}
