package it.percorsi.content.internal;

import it.percorsi.content.RenderedMarkdown;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Rendered HTML per revision. Revisions are immutable, so an entry never goes stale: a new
 * revision simply has a new id. Bounded (least recently used out) to keep memory flat.
 */
@Component
public class RenderCache {

    static final int MAX_ENTRIES = 500;

    private final Map<Long, RenderedMarkdown> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, RenderedMarkdown> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    public RenderedMarkdown get(long revisionId, Supplier<RenderedMarkdown> render) {
        synchronized (entries) {
            RenderedMarkdown cached = entries.get(revisionId);
            if (cached != null) {
                return cached;
            }
        }
        // Rendered outside the lock: two readers may render the same revision once each, harmlessly.
        RenderedMarkdown rendered = render.get();
        synchronized (entries) {
            entries.putIfAbsent(revisionId, rendered);
        }
        return rendered;
    }

    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
