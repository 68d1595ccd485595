package it.percorsi.helpdesk;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Help-desk settings (prefix percorsi.helpdesk). linkSecret signs the one-click rating links:
 * set it (PERCORSI_LINK_SECRET) in production, otherwise a random one is made at each start and
 * links mailed before a restart stop working.
 */
@ConfigurationProperties("percorsi.helpdesk")
public record HelpdeskProperties(
        String linkSecret,
        @DefaultValue("P30D") Duration ratingLinkValidity,
        @DefaultValue("5242880") long maxFileBytes,
        @DefaultValue("20971520") long maxTicketBytes,
        @DefaultValue("true") boolean scheduler) {
}
