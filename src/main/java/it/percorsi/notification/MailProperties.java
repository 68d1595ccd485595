package it.percorsi.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Outbox sender settings (prefix percorsi.mail). */
@ConfigurationProperties("percorsi.mail")
record MailProperties(
        @DefaultValue("Percorsi <noreply@percorsi.local>") String from,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT30S") Duration firstBackoff,
        @DefaultValue("PT1H") Duration maxBackoff,
        @DefaultValue("20") int batchSize,
        /** Mails sent at the same time, so one slow delivery does not hold the others. */
        @DefaultValue("4") int parallelSends,
        /**
         * How long a mail being sent stays claimed. Longer than one SMTP transaction may last with
         * the timeouts of RFC 5321 (up to 10 minutes for the final reply), so a slow but working
         * server is never sent a second copy; after a crash the mail is retried when it runs out.
         */
        @DefaultValue("PT30M") Duration claimDuration) {
}
