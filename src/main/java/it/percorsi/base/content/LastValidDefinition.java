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
    /** Checksum of a valid folder version left unused because a portal publication is in use; null if none. */
    private volatile String folderVersionNotUsed;
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

    /**
     * The version published in the portal that was in use when the portal stopped, parsed again;
     * empty when the version in use came from the folder (or nothing was ever published).
     */
    protected Optional<T> portalVersionInUse() {
        return Optional.empty();
    }

    /**
     * Loading at start-up: a version published in the portal that was in use stays in use, even
     * when the content folder holds a different valid version — the folder does not silently undo
     * a trainer's edit. The difference is logged and shown ({@link #folderVersionNotUsed()}); an
     * explicit reload from the folder makes the folder's version the one in use. Without a portal
     * publication in use, the folder is read as always.
     */
    protected synchronized void loadAtStartupKeepingPortalEdits() {
        Optional<T> portal = portalVersionInUse();
        if (portal.isEmpty()) {
            reloadDefinition();
            return;
        }
        Read<T, S> folder = readFolder();
        lastProblems = folder.problems();
        current = portal.get();
        String kept = checksum(portal.get());
        folderVersionNotUsed = folder.definition().map(this::checksum).filter(c -> !c.equals(kept)).orElse(null);
        if (folderVersionNotUsed != null) {
            log.warn("{}: the content folder holds version {}, but version {} published in the portal stays in use;"
                    + " export the library to bring the portal's version into the folder, or reload from the folder"
                    + " to use the folder's", name, folderVersionNotUsed, kept);
        }
        log.info("{} version {} published in the portal loaded: {}", name, kept, describe(portal.get()));
    }

    /** The checksum of a valid folder version not used because a portal publication is in use. */
    public Optional<String> folderVersionNotUsed() {
        return Optional.ofNullable(folderVersionNotUsed);
    }

    /**
     * Makes a version published in the portal (already validated and stored by the subclass) the
     * one in use, announcing it like a new folder version.
     */
    protected synchronized void usePublished(T definition) {
        T previous = current;
        current = definition;
        lastProblems = List.of();
        folderVersionNotUsed = null;
        if (events != null && (previous == null || !checksum(previous).equals(checksum(definition)))) {
            events.publishEvent(new ContentChanged(name, "", checksum(definition)));
        }
        log.info("{} version {} published in the portal: {}", name, checksum(definition), describe(definition));
    }

    protected synchronized List<ContentProblem> reloadDefinition() {
        Read<T, S> read = readFolder();
        lastProblems = read.problems();
        if (read.definition().isPresent()) {
            T definition = read.definition().get();
            remember(definition, read.source());
            folderVersionNotUsed = null;
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
