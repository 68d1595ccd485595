package it.percorsi.helpdesk.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring rating links that need no login: "ticketId.expiry" plus an HMAC-SHA256 of it.
 * A token opens the rating of one ticket only and nothing else.
 */
@Component
public class RatingTokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final LinkSigner signer;

    RatingTokens(LinkSigner signer) {
        this.signer = signer;
    }

    public String issue(Long ticketId, Instant expiresAt) {
        String payload = ticketId + "." + expiresAt.getEpochSecond();
        return payload + "." + sign(payload);
    }

    public sealed interface Outcome {
    }

    public record Valid(Long ticketId) implements Outcome {
    }

    public record Expired(Long ticketId) implements Outcome {
    }

    public record Invalid() implements Outcome {
    }

    public Outcome check(String token, Instant now) {
        if (token == null) {
            return new Invalid();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return new Invalid();
        }
        String payload = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return new Invalid();
        }
        Optional<Long> id = number(parts[0]);
        Optional<Long> expiry = number(parts[1]);
        if (id.isEmpty() || expiry.isEmpty()) {
            return new Invalid();
        }
        return now.getEpochSecond() > expiry.get() ? new Expired(id.get()) : new Valid(id.get());
    }

    private static Optional<Long> number(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String sign(String payload) {
        return B64.encodeToString(signer.hmac(payload));
    }
}
