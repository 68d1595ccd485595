package it.percorsi.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The text search indexes and the Italian analysis applied to it. */
class SearchAnalysisTest {

    @Test
    void plain_text_has_one_line_per_block_without_the_title_heading_or_markdown() {
        String md = """
                # Il titolo della guida

                Primo paragrafo con **grassetto** e un [link](guide:altra).

                ## Una sezione

                - uno
                - due

                | Colonna | Valore |
                |---|---|
                | tempo | 12 minuti |
                """;
        assertThat(SearchAnalysis.plainText(md)).isEqualTo("""
                Primo paragrafo con grassetto e un link.
                Una sezione
                uno
                due
                Colonna · Valore
                tempo · 12 minuti""");
        assertThat(SearchAnalysis.plainText("")).isEmpty();
        assertThat(SearchAnalysis.plainText("Solo testo, senza titolo.")).isEqualTo("Solo testo, senza titolo.");
    }

    @Test
    void italian_analysis_elides_articles_drops_stop_words_and_stems_plurals() throws IOException {
        assertThat(tokens(new SearchAnalysis.ItalianText(), "L'indagine dell'ufficio e quell'utente"))
                .containsExactly(tokens(new SearchAnalysis.ItalianText(), "indagine ufficio utente").toArray(String[]::new));
        assertThat(tokens(new SearchAnalysis.ItalianText(), "questionari"))
                .isEqualTo(tokens(new SearchAnalysis.ItalianText(), "questionario"));
        assertThat(tokens(new SearchAnalysis.ItalianText(), "l’utente")) // typographic apostrophe
                .isEqualTo(tokens(new SearchAnalysis.ItalianText(), "utente"));
    }

    @Test
    void prefixes_are_indexed_for_suggestions_and_accents_folded() throws IOException {
        assertThat(tokens(new SearchAnalysis.PrefixAnalyzer(true), "Qualità"))
                .contains("qu", "qua", "qual", "quali", "qualit", "qualita");
        assertThat(tokens(new SearchAnalysis.PrefixAnalyzer(false), "dell'Utenza")).containsExactly("utenza");
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }
}
