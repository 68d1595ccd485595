package it.percorsi.account;

import it.percorsi.account.AccountToken.Purpose;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Issues and consumes random, single-use, expiring tokens; stores only their hash. */
@Component
class TokenService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountTokenRepository tokens;
    private final Clock clock;

    TokenService(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    String issue(Purpose purpose, Long userId, Duration ttl) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        tokens.save(new AccountToken(hash(token), purpose, userId, now.plus(ttl), now));
        return token;
    }

    /** Result of consuming a token: the outcome and, when OK, the user it belongs to. */
    record Consumed(TokenOutcome outcome, Long userId) {
    }

    /** Checks a token without using it up (to show a form before the final submit). */
    Consumed peek(Purpose purpose, String token) {
        return check(purpose, token, false);
    }

    Consumed consume(Purpose purpose, String token) {
        return check(purpose, token, true);
    }

    private Consumed check(Purpose purpose, String token, boolean use) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return new Consumed(TokenOutcome.INVALID, null);
        }
        Optional<AccountToken> found = tokens.findByTokenHash(hash(token));
        if (found.isEmpty() || found.get().getPurpose() != purpose) {
            return new Consumed(TokenOutcome.INVALID, null);
        }
        AccountToken t = found.get();
        Instant now = clock.instant();
        if (t.getUsedAt() != null) {
            return new Consumed(TokenOutcome.USED, null);
        }
        if (!now.isBefore(t.getExpiresAt())) {
            return new Consumed(TokenOutcome.EXPIRED, null);
        }
        if (use) {
            t.markUsed(now);
        }
        return new Consumed(TokenOutcome.OK, t.getUserId());
    }

    /** Voids every unused token of this purpose (a password change makes older reset links useless). */
    void voidOutstanding(Purpose purpose, Long userId) {
        Instant now = clock.instant();
        tokens.findByUserIdAndPurposeAndUsedAtIsNull(userId, purpose).forEach(t -> t.markUsed(now));
    }

    void deleteAllOf(Long userId) {
        tokens.deleteByUserId(userId);
    }

    static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
