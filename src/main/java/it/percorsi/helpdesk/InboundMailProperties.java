package it.percorsi.helpdesk;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Replies by e-mail (prefix percorsi.helpdesk.inbound, DD009). Without a host nothing is polled;
 * without an address outgoing mails carry no reply token (their Message-ID and ticket number
 * still thread a reply). The mailbox must be dedicated to the portal: unread messages are its queue.
 */
@ConfigurationProperties("percorsi.helpdesk.inbound")
public record InboundMailProperties(
        /** IMAP server; empty = replies by e-mail are off. */
        String host,
        @DefaultValue("993") int port,
        /** true: IMAPS (TLS from the first byte); false: plain IMAP upgraded with STARTTLS when offered. */
        @DefaultValue("true") boolean tls,
        String username,
        String password,
        @DefaultValue("INBOX") String folder,
        /** The help desk's address replies go to, e.g. assistenza@ente.it; the token is added as +token. */
        String address,
        /** How long a reply token stays valid after the mail that carried it was written. */
        @DefaultValue("P90D") Duration tokenValidity,
        /** A mail from a known referent that matches no ticket opens a new one (else: quarantine). */
        @DefaultValue("true") boolean openTickets,
        /** Time between two polls. */
        @DefaultValue("PT1M") Duration pollInterval,
        /** Messages taken per poll. */
        @DefaultValue("50") int batchSize,
        /** Connection and read timeout of the IMAP client. */
        @DefaultValue("PT30S") Duration timeout) {

    public boolean enabled() {
        return host != null && !host.isBlank();
    }

    public boolean hasAddress() {
        return address != null && address.contains("@");
    }
}
