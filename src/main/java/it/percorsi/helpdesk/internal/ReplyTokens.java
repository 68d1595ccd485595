package it.percorsi.helpdesk.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reply tokens of outgoing help-desk mails, carried as the plus part of the Reply-To address:
 * {@code <ticket>-<recipient>-<expiry>-<signature>}, numbers in base 36 and the first 96 bits of an
 * HMAC-SHA256 (with the link secret, domain-separated from rating links) in hex. Everything is
 * lower case and fits a 64-character local part, so mail servers that fold case keep it valid.
 */
@Component
public class ReplyTokens {

    private static final int SIGNATURE_HEX = 24;

    private final LinkSigner signer;

    ReplyTokens(LinkSigner signer) {
        this.signer = signer;
    }

    public String issue(Long ticketId, Long recipientId, Instant expiresAt) {
        String payload = Long.toString(ticketId, 36) + "-" + Long.toString(recipientId, 36) + "-"
                + Long.toString(expiresAt.getEpochSecond(), 36);
        return payload + "-" + sign(payload);
    }

    public sealed interface Outcome {
    }

    public record Valid(Long ticketId, Long recipientId) implements Outcome {
    }

    public record Expired(Long ticketId) implements Outcome {
    }

    public record Forged() implements Outcome {
    }

    public Outcome check(String token, Instant now) {
        String[] parts = token == null ? new String[0] : token.toLowerCase(Locale.ROOT).split("-");
        if (parts.length != 4) {
            return new Forged();
        }
        String payload = parts[0] + "-" + parts[1] + "-" + parts[2];
        if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                parts[3].getBytes(StandardCharsets.US_ASCII))) {
            return new Forged();
        }
        Optional<Long> ticket = number(parts[0]);
        Optional<Long> recipient = number(parts[1]);
        Optional<Long> expiry = number(parts[2]);
        if (ticket.isEmpty() || recipient.isEmpty() || expiry.isEmpty()) {
            return new Forged();
        }
        return now.getEpochSecond() > expiry.get() ? new Expired(ticket.get()) : new Valid(ticket.get(), recipient.get());
    }

    private static Optional<Long> number(String s) {
        try {
            return Optional.of(Long.parseLong(s, 36));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String sign(String payload) {
        return HexFormat.of().formatHex(signer.hmac("reply:" + payload)).substring(0, SIGNATURE_HEX);
    }
}
