package it.percorsi.helpdesk;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls the help desk's mailbox (DD009) when a host is configured and the help-desk scheduler is
 * on; tests switch it off and call {@link InboundMailPoller#poll()} themselves.
 */
@Component
@ConditionalOnExpression("'${percorsi.helpdesk.scheduler:true}' == 'true' and '${percorsi.helpdesk.inbound.host:}' != ''")
class InboundMailScheduler {

    private final InboundMailPoller poller;

    InboundMailScheduler(InboundMailPoller poller) {
        this.poller = poller;
    }

    @Scheduled(fixedDelayString = "${percorsi.helpdesk.inbound.poll-interval:PT1M}", initialDelayString = "PT20S")
    void run() {
        poller.poll();
    }
}
