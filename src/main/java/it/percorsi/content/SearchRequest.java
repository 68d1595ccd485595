package it.percorsi.content;

/**
 * What a reader searches: free text (never query syntax) and optional filters.
 *
 * @param text  the words typed; anything is accepted, at most {@link SearchService#MAX_QUERY_CHARS} are used
 * @param kind  guides, tools or FAQs only; null for all
 * @param topic a guide group, FAQ topic or tool kind code ({@code metodi}, {@code privacy}...); null for all
 * @param level guides of this level only; null for all
 */
public record SearchRequest(String text, ContentKind kind, String topic, GuideLevel level) {

    public static SearchRequest of(String text) {
        return new SearchRequest(text, null, null, null);
    }
}
