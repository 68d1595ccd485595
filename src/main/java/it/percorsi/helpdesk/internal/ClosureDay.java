package it.percorsi.helpdesk.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day the help desk is closed besides weekends and national holidays. */
@Entity
@Table(name = "hd_closure_day")
public class ClosureDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private LocalDate closedOn;
    private String description;

    protected ClosureDay() {
    }

    public ClosureDay(LocalDate closedOn, String description) {
        this.closedOn = closedOn;
        this.description = description;
    }

    public Long getId() { return id; }
    public LocalDate getClosedOn() { return closedOn; }
    public String getDescription() { return description; }
}
