package it.percorsi.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change in who belongs to an administration. Names and addresses are copied, not referenced:
 * a refused applicant's account is deleted, and the history must still say who asked.
 */
@Entity
@Table(name = "membership_event")
class MembershipEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "administration_id", nullable = false)
    private Long administrationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MembershipChange kind;

    @Column(name = "member_email", nullable = false)
    private String memberEmail;

    @Column(name = "member_name")
    private String memberName;

    @Column(name = "actor_name")
    private String actorName;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected MembershipEvent() {
    }

    MembershipEvent(Long administrationId, MembershipChange kind, String memberEmail, String memberName,
                    String actorName, Instant occurredAt) {
        this.administrationId = administrationId;
        this.kind = kind;
        this.memberEmail = memberEmail;
        this.memberName = memberName;
        this.actorName = actorName;
        this.occurredAt = occurredAt;
    }

    MembershipHistoryEntry toEntry() {
        return new MembershipHistoryEntry(kind, memberEmail, memberName, actorName, occurredAt);
    }
}
