package it.percorsi.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "user_account")
public class UserAccount {

    public static final int EMAIL_MAX_LENGTH = 254;
    public static final int NAME_MAX_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = EMAIL_MAX_LENGTH)
    private String email;

    @Column(name = "full_name", length = NAME_MAX_LENGTH)
    private String fullName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountStatus status;

    @Column(nullable = false, length = 8)
    private String locale;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "administration_id")
    private Administration administration;

    /** The administration this account asked to join; set until a referent (or an ADMIN) decides. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "requested_administration_id")
    private Administration requestedAdministration;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Raised when the password changes: sessions opened with an older value are ended. */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String email, String fullName, Role role, AccountStatus status, String locale,
                Administration administration, Instant createdAt) {
        this.email = email;
        this.fullName = fullName;
        this.role = role;
        this.status = status;
        this.locale = locale;
        this.administration = administration;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public String getFullName() { return fullName; }
    public Role getRole() { return role; }
    public AccountStatus getStatus() { return status; }
    public String getLocale() { return locale; }
    public Administration getAdministration() { return administration; }
    public Instant getCreatedAt() { return createdAt; }
    public Administration getRequestedAdministration() { return requestedAdministration; }
    public int getSessionEpoch() { return sessionEpoch; }
    String getPasswordHash() { return passwordHash; }

    void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    void setStatus(AccountStatus status) { this.status = status; }
    void setFullName(String fullName) { this.fullName = fullName; }
    void setLocale(String locale) { this.locale = locale; }
    void setRequestedAdministration(Administration a) { this.requestedAdministration = a; }
    void setAdministration(Administration a) { this.administration = a; }
    void endOtherSessions() { this.sessionEpoch++; }
    void setRole(Role role) { this.role = role; }
}
