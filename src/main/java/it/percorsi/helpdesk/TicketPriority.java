package it.percorsi.helpdesk;

public enum TicketPriority {
    LOW, NORMAL, HIGH, URGENT
}
