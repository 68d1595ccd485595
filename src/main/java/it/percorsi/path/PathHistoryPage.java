package it.percorsi.path;

import java.util.List;

/** One page of the path history (page 0 = newest) and whether older changes exist. */
public record PathHistoryPage(List<PathChangeEntry> entries, int page, boolean hasOlder) {

    public boolean hasNewer() {
        return page > 0;
    }
}
