package it.percorsi.base;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ApplicationListener;

/**
 * A diagnostic of the start-up (issue 14), off unless the JVM runs with {@code -Dpercorsi.startup.trace=true}:
 * Spring records each start-up step (bean creation, context phases) and, once the portal is ready, the
 * slowest ones are logged with their own time (children excluded). Nothing is recorded otherwise.
 */
public final class StartupTrace implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupTrace.class);
    private final BufferingApplicationStartup startup = new BufferingApplicationStartup(50_000);

    private StartupTrace() {
    }

    /** Turns the trace on for this application when the system property asks for it. */
    public static void install(SpringApplication application) {
        if (Boolean.getBoolean("percorsi.startup.trace")) {
            StartupTrace trace = new StartupTrace();
            application.setApplicationStartup(trace.startup);
            application.addListeners(trace);
        }
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        StartupTimeline timeline = startup.getBufferedTimeline();
        List<StartupTimeline.TimelineEvent> events = timeline.getEvents();
        // self time: a step's duration minus its direct children's
        java.util.Map<Long, Duration> children = new java.util.HashMap<>();
        for (StartupTimeline.TimelineEvent e : events) {
            Long parent = e.getStartupStep().getParentId();
            if (parent != null) {
                children.merge(parent, e.getDuration(), Duration::plus);
            }
        }
        java.util.function.ToLongFunction<StartupTimeline.TimelineEvent> self = e ->
                e.getDuration().minus(children.getOrDefault(e.getStartupStep().getId(), Duration.ZERO)).toMillis();
        StringBuilder text = new StringBuilder("Start-up trace: ").append(events.size())
                .append(" steps; the slowest by own time (ms own / total, step, tags):");
        events.stream().sorted(Comparator.comparingLong(self).reversed()).limit(40).forEach(e -> {
            String tags = StreamSupport.stream(e.getStartupStep().getTags().spliterator(), false)
                    .map(t -> t.getKey() + "=" + t.getValue()).reduce((a, b) -> a + " " + b).orElse("");
            text.append("\n  ").append(self.applyAsLong(e)).append(" / ").append(e.getDuration().toMillis())
                    .append("  ").append(e.getStartupStep().getName())
                    .append("  ").append(tags.length() > 140 ? tags.substring(0, 140) : tags);
        });
        log.info(text.toString());
    }
}
