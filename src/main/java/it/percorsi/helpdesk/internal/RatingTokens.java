package it.percorsi.helpdesk.internal;

import it.percorsi.helpdesk.HelpdeskProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring rating links that need no login: "ticketId.expiry" plus an HMAC-SHA256 of it.
 * A token opens the rating of one ticket only and nothing else.
 */
@Component
public class RatingTokens {

    private static final Logger log = LoggerFactory.getLogger(RatingTokens.class);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] secret;

    RatingTokens(HelpdeskProperties properties) {
        if (properties.linkSecret() == null || properties.linkSecret().isBlank()) {
            log.warn("percorsi.helpdesk.link-secret is not set: rating links mailed now stop working after a restart");
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        } else {
            secret = properties.linkSecret().getBytes(StandardCharsets.UTF_8);
        }
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
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return B64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
