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

/** A single-use, expiring token. Only its SHA-256 hash is stored, never the token itself. */
@Entity
@Table(name = "account_token")
class AccountToken {

    enum Purpose { VERIFY, RESET, INVITE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AccountToken() {
    }

    AccountToken(String tokenHash, Purpose purpose, Long userId, Instant expiresAt, Instant createdAt) {
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.userId = userId;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
    }

    Purpose getPurpose() { return purpose; }
    Long getUserId() { return userId; }
    Instant getExpiresAt() { return expiresAt; }
    Instant getUsedAt() { return usedAt; }
    void markUsed(Instant when) { this.usedAt = when; }
}
