package it.percorsi.helpdesk;

/** A referent's new question; pathStepId (the row id of a path step) is optional. */
public record TicketRequest(String subject, String body, TicketCategory category, Long pathStepId) {
}
