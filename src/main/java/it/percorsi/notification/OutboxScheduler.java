package it.percorsi.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Polls the outbox. Tests switch it off (percorsi.mail.scheduler=false) and drive the sender. */
@Component
@ConditionalOnProperty(name = "percorsi.mail.scheduler", havingValue = "true", matchIfMissing = true)
class OutboxScheduler {

    private final OutboxSender sender;

    OutboxScheduler(OutboxSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${percorsi.mail.poll-interval:PT10S}", initialDelayString = "PT5S")
    void poll() {
        sender.dispatchDue();
    }
}
