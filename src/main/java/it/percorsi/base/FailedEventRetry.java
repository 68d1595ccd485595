package it.percorsi.base;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits the events whose cross-feature listener failed (e.g. a path re-plan after an
 * assessment), so a passing failure heals without a restart. Publications still incomplete at
 * shutdown are also resubmitted at start-up
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}). The synchronous
 * outbox listeners (decision DD002) are plain event listeners and never pass through here.
 */
@Component
@ConditionalOnProperty(name = "percorsi.events.retry", havingValue = "true", matchIfMissing = true)
class FailedEventRetry {

    private static final Logger log = LoggerFactory.getLogger(FailedEventRetry.class);

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    FailedEventRetry(IncompleteEventPublications incomplete,
                     @org.springframework.beans.factory.annotation.Value("${percorsi.events.retry-after:PT1M}")
                     Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${percorsi.events.retry-interval:PT2M}", initialDelayString = "PT1M")
    void resubmit() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
        } catch (RuntimeException e) {
            log.warn("Resubmitting incomplete event publications failed; next attempt at the next interval", e);
        }
    }
}
