package it.percorsi.content.internal;

import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How published content is analysed for search (decision record DD010). The full-text fields use
 * the same chain as Lucene's Italian analyzer (and Elasticsearch's built-in {@code italian}):
 * elision of articles (l', dell', un', quell'...), lower case, Italian stop words, light stemming
 * ("questionari" finds "questionario"); English fields use Lucene's English analyzer. Moving to
 * the Elasticsearch/OpenSearch backend means declaring the same chains under the same names in an
 * Elasticsearch analysis configurer: the mapping and the queries stay as they are. Titles are also indexed by word prefixes for suggestions while
 * typing. Registered with {@code hibernate.search.backend.analysis.configurer}.
 */
public final class SearchAnalysis implements LuceneAnalysisConfigurer {

    public static final String ITALIAN = "italian";
    public static final String ENGLISH = "english";
    public static final String PREFIX = "prefix";
    public static final String PREFIX_QUERY = "prefix_query";

    /**
     * Italian articles and prepositions that drop their vowel before an apostrophe: Lucene's
     * Italian list plus "quell'", "quest'", "sant'", "nessun'"... Given explicitly, because
     * Lucene's elision filter falls back to the French list when none is given.
     */
    static final CharArraySet ITALIAN_ELISIONS = new CharArraySet(Arrays.asList(
            "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl",
            "sugl", "un", "m", "t", "s", "v", "d", "quell", "quest", "sant", "bell", "nessun", "ciascun", "qual"), true);

    private static final int MIN_PREFIX = 2;
    private static final int MAX_PREFIX = 20;

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ITALIAN).instance(new ItalianText());
        context.analyzer(ENGLISH).instance(new EnglishAnalyzer());
        context.analyzer(PREFIX).instance(new PrefixAnalyzer(true));
        context.analyzer(PREFIX_QUERY).instance(new PrefixAnalyzer(false));
    }

    /**
     * Plain text of a markdown body: what search matches and quotes in its snippets. One line per
     * block (heading, paragraph, list item, table row), so a snippet never runs a heading into the
     * sentence after it; the opening "# Title", which repeats the document's title, is left out.
     */
    public static String plainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        boolean first = true;
        for (com.vladsch.flexmark.util.ast.Node node = Markdown.parse(markdown).getFirstChild(); node != null;
             node = node.getNext()) {
            if (first && node instanceof com.vladsch.flexmark.ast.Heading h && h.getLevel() == 1) {
                first = false;
                continue;
            }
            first = false;
            appendBlocks(node, text);
        }
        return text.toString().strip();
    }

    private static void appendBlocks(com.vladsch.flexmark.util.ast.Node node, StringBuilder text) {
        if (node instanceof com.vladsch.flexmark.ext.tables.TableSeparator) {
            return;
        }
        boolean leaf = node instanceof com.vladsch.flexmark.ast.Paragraph || node instanceof com.vladsch.flexmark.ast.Heading
                || !node.hasChildren();
        if (node instanceof com.vladsch.flexmark.ext.tables.TableRow) {
            java.util.List<String> cells = new java.util.ArrayList<>();
            for (var cell = node.getFirstChild(); cell != null; cell = cell.getNext()) {
                String c = new TextCollectingVisitor().collectAndGetText(cell).strip();
                if (!c.isEmpty()) {
                    cells.add(c);
                }
            }
            if (!cells.isEmpty()) {
                text.append(String.join(" · ", cells)).append('\n');
            }
            return;
        }
        if (leaf) {
            String part = new TextCollectingVisitor().collectAndGetText(node).strip();
            if (!part.isEmpty()) {
                text.append(part).append('\n');
            }
            return;
        }
        for (com.vladsch.flexmark.util.ast.Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            appendBlocks(child, text);
        }
    }

    /** Lucene's Italian chain with the longer list of elisions. */
    static final class ItalianText extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new ElisionFilter(source, ITALIAN_ELISIONS);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, ItalianAnalyzer.getDefaultStopSet());
            stream = new ItalianLightStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }

    /** Words folded to lower case without accents; at index time also cut into their prefixes. */
    static final class PrefixAnalyzer extends Analyzer {

        private final boolean prefixes;

        PrefixAnalyzer(boolean prefixes) {
            this.prefixes = prefixes;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new ElisionFilter(source, ITALIAN_ELISIONS);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            if (prefixes) {
                stream = new EdgeNGramTokenFilter(stream, MIN_PREFIX, MAX_PREFIX, true);
            }
            return new TokenStreamComponents(source, stream);
        }
    }
}
