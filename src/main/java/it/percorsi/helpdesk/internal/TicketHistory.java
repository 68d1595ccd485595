package it.percorsi.helpdesk.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a ticket: who, when, what (old and new value). */
@Entity
@Table(name = "hd_history")
public class TicketHistory {

    public static final int VALUE_MAX_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long ticketId;
    private String actorName;
    private String action;
    private String oldValue;
    private String newValue;
    @Column(name = "changed_at")
    private Instant at;

    protected TicketHistory() {
    }

    public TicketHistory(Long ticketId, String actorName, String action, String oldValue, String newValue, Instant at) {
        this.ticketId = ticketId;
        this.actorName = actorName;
        this.action = action;
        this.oldValue = cut(oldValue);
        this.newValue = cut(newValue);
        this.at = at;
    }

    private static String cut(String s) {
        return s == null || s.length() <= VALUE_MAX_LENGTH ? s : s.substring(0, VALUE_MAX_LENGTH - 1) + "…";
    }

    public Long getId() { return id; }
    public Long getTicketId() { return ticketId; }
    public String getActorName() { return actorName; }
    public String getAction() { return action; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
    public Instant getAt() { return at; }
}
