package it.percorsi.helpdesk;

/** What a question is about; the staff queue filters by it. */
public enum TicketCategory {
    ASSESSMENT, PATH, SURVEY, TOOLS, ACCOUNT, OTHER
}
