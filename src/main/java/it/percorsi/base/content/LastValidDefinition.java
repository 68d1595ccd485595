package it.percorsi.base.content;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * A definition read from the content folder (the questionnaire, the path library) that must
 * never break a running portal: a version with problems is logged with file:line and the last
 * valid one stays in use — the one in memory, or after a restart the last valid source the
 * subclass stored. Subclasses say how to read, remember and describe their definition.
 *
 * <p>Methods are not final on purpose: subclasses are Spring beans that may be proxied.
 *
 * @param <T> the parsed definition
 * @param <S> its source as read from the folder (kept to store it once it proved valid)
 */
public abstract class LastValidDefinition<T, S> {

    /** What one reading of the content folder produced. */
    public record Read<T, S>(Optional<T> definition, S source, List<ContentProblem> problems) {
    }

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String name;
    private volatile T current;
    private volatile List<ContentProblem> lastProblems = List.of();
    private ApplicationEventPublisher events;

    protected LastValidDefinition(String name) {
        this.name = name;
    }

    /** Where a newly loaded version is announced ({@link ContentChanged}); none outside Spring. */
    @Autowired(required = false)
    public void setEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Reads and validates the definition from the content folder. */
    protected abstract Read<T, S> readFolder();

    /** Stores (or marks as just used) a valid version, as the fallback for a later broken file. */
    protected abstract void remember(T definition, S source);

    /** The last valid version stored, parsed again; empty if none. */
    protected abstract Optional<T> lastStored();

    protected abstract String checksum(T definition);

    /** A few words for the log, e.g. "4 sections, 25 questions". */
    protected abstract String describe(T definition);

    /** Why the feature is unavailable when no valid version exists at all. */
    protected abstract String unavailableMessage();

    /** The definition in use; fails only when no valid version was ever loaded. */
    public T current() {
        T value = current;
        if (value == null) {
            synchronized (this) {
                if (current == null) {
                    reloadDefinition();
                }
                value = current;
            }
        }
        if (value == null) {
            throw new IllegalStateException("No valid " + name + ": " + unavailableMessage());
        }
        return value;
    }

    /** Problems found the last time the folder was read (empty when it was valid). */
    public List<ContentProblem> lastProblems() {
        return lastProblems;
    }

    protected boolean isLoaded() {
        return current != null;
    }

    protected synchronized List<ContentProblem> reloadDefinition() {
        Read<T, S> read = readFolder();
        lastProblems = read.problems();
        if (read.definition().isPresent()) {
            T definition = read.definition().get();
            remember(definition, read.source());
            T previous = current;
            current = definition;
            if (previous != null && events != null && !checksum(previous).equals(checksum(definition))) {
                events.publishEvent(new ContentChanged(name, "", checksum(definition)));
            }
            log.info("{} version {} loaded: {}", name, checksum(definition), describe(definition));
        } else {
            read.problems().forEach(p -> log.warn("{} not loaded: {}", name, p));
            if (current == null) {
                lastStored().ifPresentOrElse(stored -> {
                    current = stored;
                    log.warn("Using the last valid {}, version {}, stored in the database", name, checksum(stored));
                }, () -> log.error("No valid {} is available: {}", name, unavailableMessage()));
            } else {
                log.warn("The {} in use stays version {}", name, checksum(current));
            }
        }
        return lastProblems;
    }
}
