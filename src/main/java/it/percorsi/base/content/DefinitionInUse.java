package it.percorsi.base.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The version of a {@link LastValidDefinition} in use (by checksum) and where it came from: the
 * content folder or a publication in the portal. Read at start-up to keep a portal edit in use.
 */
@Entity
@Table(name = "definition_in_use")
public class DefinitionInUse {

    public enum Origin { FOLDER, PORTAL }

    @Id
    @Column(length = 40)
    private String name;
    @Column(nullable = false, length = 32)
    private String checksum;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Origin origin;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Column(name = "changed_by", length = 200)
    private String changedBy;

    protected DefinitionInUse() {
    }

    public DefinitionInUse(String name) {
        this.name = name;
    }

    public void use(String checksum, Origin origin, Instant at, String by) {
        this.checksum = checksum;
        this.origin = origin;
        this.changedAt = at;
        this.changedBy = by;
    }

    public String getName() { return name; }
    public String getChecksum() { return checksum; }
    public Origin getOrigin() { return origin; }
    public Instant getChangedAt() { return changedAt; }
    public String getChangedBy() { return changedBy; }
}
