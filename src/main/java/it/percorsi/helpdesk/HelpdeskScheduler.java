package it.percorsi.helpdesk;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the help-desk jobs every minute; tests switch it off and call the jobs themselves. */
@Component
@ConditionalOnProperty(name = "percorsi.helpdesk.scheduler", havingValue = "true", matchIfMissing = true)
class HelpdeskScheduler {

    private final HelpdeskJobs jobs;

    HelpdeskScheduler(HelpdeskJobs jobs) {
        this.jobs = jobs;
    }

    @Scheduled(fixedDelayString = "${percorsi.helpdesk.poll-interval:PT1M}", initialDelayString = "PT30S")
    void run() {
        jobs.reportBreaches();
        jobs.closeResolved();
    }
}
