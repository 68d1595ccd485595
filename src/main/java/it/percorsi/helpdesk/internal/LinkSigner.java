package it.percorsi.helpdesk.internal;

import it.percorsi.helpdesk.HelpdeskProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The help desk's link secret ({@code percorsi.helpdesk.link-secret}) and the HMAC-SHA256 it signs
 * with: one place for the rating links and the reply addresses of mails. Without a configured
 * secret a random one is drawn at start, so links mailed before a restart stop working.
 */
@Component
public class LinkSigner {

    private static final Logger log = LoggerFactory.getLogger(LinkSigner.class);

    private final byte[] secret;

    LinkSigner(HelpdeskProperties properties) {
        if (properties.linkSecret() == null || properties.linkSecret().isBlank()) {
            log.warn("percorsi.helpdesk.link-secret is not set: rating links and reply addresses mailed now stop "
                    + "working after a restart");
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        } else {
            secret = properties.linkSecret().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** HMAC-SHA256 of the text (UTF-8) with the link secret. */
    public byte[] hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
