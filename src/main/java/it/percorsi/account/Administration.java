package it.percorsi.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.regex.Pattern;

/** The tenant: referents of one administration share its data and never see another's. */
@Entity
public class Administration {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int IPA_MAX_LENGTH = 20;
    /** IPA codes: lowercase letters, digits and underscores, starting with a letter (e.g. c_h501). */
    public static final Pattern IPA_PATTERN = Pattern.compile("^[a-z][a-z0-9_]{1,19}$");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AdministrationType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Region region;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_band", nullable = false)
    private SizeBand sizeBand;

    @Column(name = "ipa_code", length = IPA_MAX_LENGTH)
    private String ipaCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Administration() {
    }

    public Administration(String name, AdministrationType type, Region region, SizeBand sizeBand,
                          String ipaCode, Instant createdAt) {
        this.name = name;
        this.type = type;
        this.region = region;
        this.sizeBand = sizeBand;
        this.ipaCode = ipaCode;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public AdministrationType getType() { return type; }
    public Region getRegion() { return region; }
    public SizeBand getSizeBand() { return sizeBand; }
    public String getIpaCode() { return ipaCode; }
    public Instant getCreatedAt() { return createdAt; }
}
