package it.percorsi.content;

import java.util.List;

/** The results of a search: how many documents matched and the best of them, best first. */
public record SearchResults(String text, long total, List<SearchHit> hits) {

    public static SearchResults empty(String text) {
        return new SearchResults(text, 0, List.of());
    }
}
