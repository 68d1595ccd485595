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
        @DefaultValue("20") int batchSize) {
}
