package it.percorsi.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Read-only parts written as markup (issue 14): escaped text, the root's attributes, Latin-1 strings. */
class StaticHtmlTest {

    @Test
    void a_part_is_the_roots_element_with_its_attributes_and_the_markup_under_it() {
        Element root = StaticHtml.root("nav").id("crumbs").addClass("breadcrumbs").attr("aria-label", "Sei qui");
        StaticHtml.routerLink(root, "guide", "Guide <e> strumenti");
        StaticHtml.Part part = StaticHtml.of(root);
        assertThat(part.getElement().getTag()).isEqualTo("nav");
        assertThat(part.getId()).contains("crumbs");
        assertThat(part.getElement().getClassList()).containsExactly("breadcrumbs");
        assertThat(part.getElement().getAttribute("aria-label")).isEqualTo("Sei qui");
        // text is escaped: nothing in it becomes markup
        assertThat(part.getInnerHtml()).isEqualTo("<a href=\"guide\" router-link=\"\">Guide &lt;e&gt; strumenti</a>");
        assertThat(part.getElement().getProperty("innerHTML")).isEqualTo(part.getInnerHtml());
    }

    @Test
    void the_same_markup_built_twice_is_one_string() {
        StaticHtml.Part one = StaticHtml.of(menu());
        StaticHtml.Part two = StaticHtml.of(menu());
        assertThat(two.getInnerHtml()).isSameAs(one.getInnerHtml());
        assertThat(two.getElement().getProperty("innerHTML")).isSameAs(one.getInnerHtml());
    }

    private static Element menu() {
        Element nav = StaticHtml.root("nav");
        StaticHtml.routerLink(nav, "percorso", "Percorso " + "condiviso");
        return nav;
    }

    @Test
    void characters_beyond_latin1_are_references_so_the_string_takes_one_byte_per_character() {
        Element root = StaticHtml.root("p");
        root.text("Più avanti — passo 2 → “fatto” ☐");
        String html = StaticHtml.of(root).getInnerHtml();
        assertThat(html.chars().filter(c -> c > 0xFF)).isEmpty();
        assertThat(html).startsWith("Più avanti ");
        assertThat(Jsoup.parseBodyFragment(html).text()).isEqualTo("Più avanti — passo 2 → “fatto” ☐");
    }
}
