package it.percorsi.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private static final String GUIDE = """
            # Il titolo

            Introduzione con una nota[^1] e un link alla [guida](guide:focus-group) e allo [strumento](tool:traccia-focus-group).

            ## I passi

            | Fase | Durata |
            |:-----|-------:|
            | Uno  | 10     |

            ### Un dettaglio

            Moderatore
            : conduce la discussione.

            - [ ] da fare
            - [x] fatto

            ![Schema](images/schema.png)

            Vedi [sopra](#i-passi), [fuori](https://www.example.org) e [scrivi](mailto:info@example.org).

            ## I passi

            [^1]: Il testo della nota.
            """;

    private Document render() {
        return Jsoup.parseBodyFragment(renderer.render(GUIDE, RenderOptions.page("guide/prova")).html());
    }

    @Test
    void the_leading_title_is_dropped_and_headings_move_one_level_down() {
        Document doc = render();
        assertThat(doc.select("h1, h2")).isEmpty();
        assertThat(doc.select("h3").eachText()).containsExactly("I passi#", "I passi#");
        assertThat(doc.select("h4").eachText()).containsExactly("Un dettaglio#");
    }

    @Test
    void headings_get_unique_ids_anchors_and_a_table_of_contents() {
        RenderedMarkdown out = renderer.render(GUIDE, RenderOptions.page("guide/prova"));
        Document doc = Jsoup.parseBodyFragment(out.html());
        assertThat(doc.select("h3").eachAttr("id")).containsExactly("i-passi", "i-passi-1");
        assertThat(doc.select("h3#i-passi a.heading-anchor").attr("href")).isEqualTo("guide/prova#i-passi");
        assertThat(doc.select("h3#i-passi a.heading-anchor").attr("aria-label")).isEqualTo("I passi");
        assertThat(out.toc()).containsExactly(new TocEntry("i-passi", "I passi", 1),
                new TocEntry("un-dettaglio", "Un dettaglio", 2), new TocEntry("i-passi-1", "I passi", 1));
    }

    @Test
    void tables_are_wrapped_in_a_keyboard_scrollable_box() {
        Document doc = render();
        assertThat(doc.select("div.md-table[tabindex=0] > table th").eachText()).containsExactly("Fase", "Durata");
        assertThat(doc.select("td").get(1).attr("align")).isEqualTo("right");
    }

    @Test
    void footnotes_and_in_page_links_point_at_this_page() {
        Document doc = render();
        assertThat(doc.select("sup a.footnote-ref").attr("href")).isEqualTo("guide/prova#fn-1");
        assertThat(doc.select("li#fn-1").text()).contains("Il testo della nota.");
        assertThat(doc.select("a:contains(sopra)").attr("href")).isEqualTo("guide/prova#i-passi");
        assertThat(doc.select("a:contains(sopra)").hasAttr("router-ignore")).isTrue();
    }

    @Test
    void definition_lists_render_and_task_lists_become_symbols_not_unlabelled_checkboxes() {
        Document doc = render();
        assertThat(doc.select("dl dt").text()).isEqualTo("Moderatore");
        assertThat(doc.select("dl dd").text()).isEqualTo("conduce la discussione.");
        assertThat(doc.select("input")).isEmpty();
        assertThat(doc.select("li.task-list-item span.task-mark[aria-hidden=true]")).hasSize(2);
        assertThat(doc.select("span.task-mark").eachText()).containsExactlyInAnyOrder("\u2610", "\u2611");
        assertThat(doc.select("li.task-list-item span.visually-hidden")).hasSize(1);
    }

    @Test
    void the_html_is_latin1_characters_beyond_it_are_references_that_read_back_as_the_same_text() {
        String markdown = "Qualità — perché sì: il 90 % → ≈ 5 € “in tempo”.\n\n- [ ] da fare\n";
        String html = renderer.render(markdown, RenderOptions.page("guide/x")).html();
        // one byte per character in the JVM's strings (issue 14), wherever the text is held
        assertThat(html.chars().filter(c -> c > 0xFF)).isEmpty();
        assertThat(html).contains("Qualità", "perché");   // Latin-1 letters stay as they are
        assertThat(Jsoup.parseBodyFragment(html).text()).contains("Qualità — perché sì: il 90 % → ≈ 5 € “in tempo”.", "\u2610");
    }

    @Test
    void links_by_slug_become_routes_and_are_collected() {
        RenderedMarkdown out = renderer.render(GUIDE, RenderOptions.page("guide/prova"));
        Document doc = Jsoup.parseBodyFragment(out.html());
        assertThat(doc.select("a:contains(guida)").attr("href")).isEqualTo("guide/focus-group");
        assertThat(doc.select("a:contains(strumento)").attr("href")).isEqualTo("strumenti/traccia-focus-group");
        assertThat(out.guideLinks()).containsExactly("focus-group");
        assertThat(out.toolLinks()).containsExactly("traccia-focus-group");
    }

    @Test
    void external_links_are_kept_with_a_safe_rel() {
        Document doc = render();
        assertThat(doc.select("a:contains(fuori)").attr("href")).isEqualTo("https://www.example.org");
        assertThat(doc.select("a:contains(fuori)").attr("rel")).isEqualTo("nofollow noopener noreferrer");
        assertThat(doc.select("a:contains(scrivi)").attr("href")).isEqualTo("mailto:info@example.org");
    }

    @Test
    void content_images_are_served_from_the_portal_image_path() {
        Document doc = render();
        assertThat(doc.select("img").attr("src")).isEqualTo("contenuti/immagini/schema.png");
        assertThat(doc.select("img").attr("alt")).isEqualTo("Schema");
    }

    @Test
    void user_text_headings_start_at_h4_and_keep_a_leading_title() {
        Document doc = Jsoup.parseBodyFragment(renderer.renderUntrusted("# Problema\n\n## Dettagli\n\ntesto"));
        assertThat(doc.select("h4").text()).startsWith("Problema");
        assertThat(doc.select("h5").text()).startsWith("Dettagli");
    }

    @Test
    void reading_time_is_words_over_two_hundred_rounded_up_and_at_least_one_minute() {
        assertThat(renderer.render("parola ".repeat(401), RenderOptions.untrusted()).readingMinutes()).isEqualTo(3);
        assertThat(renderer.render("parola ".repeat(400), RenderOptions.untrusted()).words()).isEqualTo(400);
        assertThat(renderer.render("", RenderOptions.untrusted()).readingMinutes()).isEqualTo(1);
    }
}
