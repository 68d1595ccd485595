package it.percorsi.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Untrusted markdown must never produce HTML that can run script. Every payload is rendered both
 * as a guide page and as user text (tickets), and the output is checked element by element
 * against what the reader needs.
 */
class XssCorpusTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    static Stream<Arguments> payloads() {
        return Stream.of(
                Arguments.of("script tag", "<script>alert(1)</script>"),
                Arguments.of("script tag in a paragraph", "Testo <script>alert(1)</script> testo"),
                Arguments.of("img onerror", "<img src=x onerror=alert(1)>"),
                Arguments.of("svg onload", "<svg onload=alert(1)>"),
                Arguments.of("svg with script", "<svg><script>alert(1)</script></svg>"),
                Arguments.of("javascript link", "[clic](javascript:alert(1))"),
                Arguments.of("mixed-case scheme", "[clic](JaVaScRiPt:alert(1))"),
                Arguments.of("entity-encoded colon", "[clic](javascript&#58;alert(1))"),
                Arguments.of("entity-encoded first letter", "[clic](&#106;avascript:alert(1))"),
                Arguments.of("fully entity-encoded scheme",
                        "[clic](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))"),
                Arguments.of("entity tab inside scheme", "[clic](java&#x09;script:alert(1))"),
                Arguments.of("entity newline inside scheme", "[clic](java&#10;script:alert(1))"),
                Arguments.of("angle-bracket destination", "[clic](<javascript:alert(1)>)"),
                Arguments.of("spaces around destination", "[clic](   javascript:alert(1)   )"),
                Arguments.of("vbscript link", "[clic](vbscript:msgbox(1))"),
                Arguments.of("data html link", "[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"),
                Arguments.of("data svg image", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)"),
                Arguments.of("javascript image", "![x](javascript:alert(1))"),
                Arguments.of("image attribute breakout", "![x](x\" onerror=\"alert(1))"),
                Arguments.of("link attribute breakout", "[x](https://example.org\" onmouseover=\"alert(1))"),
                Arguments.of("title attribute breakout", "[x](https://example.org \"a\\\" onmouseover=\\\"alert(1)\")"),
                Arguments.of("raw anchor", "<a href=\"javascript:alert(1)\">x</a>"),
                Arguments.of("raw anchor with zero-padded entity", "<a href=\"&#0000106avascript:alert(1)\">x</a>"),
                Arguments.of("iframe", "<iframe src=\"javascript:alert(1)\"></iframe>"),
                Arguments.of("object", "<object data=\"javascript:alert(1)\"></object>"),
                Arguments.of("embed", "<embed src=javascript:alert(1)>"),
                Arguments.of("style tag", "<style>body{background:url(javascript:alert(1))}</style>"),
                Arguments.of("style attribute", "<div style=\"background:url(javascript:alert(1))\">x</div>"),
                Arguments.of("math mutation", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
                Arguments.of("noscript mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
                Arguments.of("nested script tags", "<<script>script>alert(1)<</script>/script>"),
                Arguments.of("split script tag", "<scr<script>ipt>alert(1)</script>"),
                Arguments.of("unclosed img", "<img src=\"x` `<script>alert(1)</script>\"` `"),
                Arguments.of("comment trick", "<!--<img src=\"--><img src=x onerror=alert(1)//\">"),
                Arguments.of("reference link", "[clic][x]\n\n[x]: javascript:alert(1)"),
                Arguments.of("reference image", "![x][i]\n\n[i]: javascript:alert(1)"),
                Arguments.of("autolink script", "<javascript:alert(1)>"),
                Arguments.of("autolink data", "<data:text/html,alert(1)>"),
                Arguments.of("control character in address", "[clic](\u0001javascript:alert(1))"),
                Arguments.of("external tracking image", "![x](https://evil.example/track.png)"),
                Arguments.of("form", "<form action=\"javascript:alert(1)\"><button>x</button></form>"),
                Arguments.of("base tag", "<base href=\"javascript:/\">"),
                Arguments.of("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
                Arguments.of("link stylesheet", "<link rel=stylesheet href=javascript:alert(1)>"),
                Arguments.of("details ontoggle", "<details open ontoggle=alert(1)>"),
                Arguments.of("protocol-relative link", "[x](//evil.example/)"),
                Arguments.of("backslash link", "[x](\\\\evil.example)"),
                Arguments.of("heading with img", "# Titolo <img src=x onerror=alert(1)>\n\n## main-content"),
                Arguments.of("table cell with script", "| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |"),
                Arguments.of("footnote with script link", "Nota[^1]\n\n[^1]: [x](javascript:alert(1)) <svg onload=alert(1)>"),
                Arguments.of("definition with html", "Termine\n: <img src=x onerror=alert(1)>"),
                Arguments.of("task list with input", "- [x] <input onfocus=alert(1) autofocus>"),
                Arguments.of("fenced code info string", "```\" onmouseover=\"alert(1)\nx\n```"),
                Arguments.of("guide link with injected fragment", "[x](guide:alfa#\" onclick=\"alert(1))"),
                Arguments.of("percent-encoded scheme", "[x](javascript%3Aalert(1))"));
    }

    @Test
    void the_corpus_has_at_least_thirty_payloads() {
        assertThat(payloads().count()).isGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void no_payload_produces_executable_html_in_a_guide(String name, String markdown) {
        assertSafe(renderer.render(markdown, RenderOptions.page("guide/prova")).html());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void no_payload_produces_executable_html_in_user_text(String name, String markdown) {
        assertSafe(renderer.renderUntrusted(markdown));
    }

    @Test
    void raw_html_is_shown_as_text_not_dropped_silently() {
        String html = renderer.renderUntrusted("Prova <script>alert(1)</script>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script");
    }

    @Test
    void a_rejected_link_keeps_its_text() {
        String html = renderer.renderUntrusted("[clic qui](javascript:alert(1))");
        assertThat(Jsoup.parseBodyFragment(html).select("a")).isEmpty();
        assertThat(Jsoup.parseBodyFragment(html).text()).contains("clic qui");
    }

    @Test
    void user_text_ids_are_prefixed_so_they_cannot_clobber_the_page() {
        String html = renderer.renderUntrusted("# main-content\n\nNota[^1]\n\n[^1]: testo");
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("[id]")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.id()).startsWith("user-content-"));
        assertThat(doc.select("h4#user-content-main-content")).hasSize(1);
    }

    @Test
    void the_checks_themselves_catch_unsafe_html() {
        for (String unsafe : new String[] {"<a href=\"javascript:alert(1)\">x</a>", "<img src=\"x\" onerror=\"alert(1)\">",
                "<p onclick=\"alert(1)\">x</p>", "<a href=\"java\tscript:alert(1)\">x</a>", "<img src=\"https://evil/x.png\">",
                "<input type=\"text\">", "<svg></svg>"}) {
            assertThatThrownBy(() -> assertSafe(unsafe)).isInstanceOf(AssertionError.class);
        }
    }

    // ---- the checks --------------------------------------------------------------------------

    private static final Set<String> TAGS = Set.of("p", "br", "hr", "em", "strong", "del", "code", "pre",
            "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td", "sup", "a",
            "img", "div", "span", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Map<String, Set<String>> ATTRIBUTES = Map.ofEntries(
            Map.entry("a", Set.of("href", "class", "rel", "aria-label", "router-ignore")),
            Map.entry("img", Set.of("src", "alt", "title")),
            Map.entry("div", Set.of("class", "tabindex")),
            Map.entry("li", Set.of("id", "class")),
            Map.entry("sup", Set.of("id")),
            Map.entry("ol", Set.of("start")),
            Map.entry("th", Set.of("align")),
            Map.entry("td", Set.of("align")),
            Map.entry("code", Set.of("class")),
            Map.entry("span", Set.of("class", "aria-hidden")));
    private static final Pattern SAFE_HREF = Pattern.compile(
            "(https?://[^\\s\"'<>]+|mailto:[^\\s\"'<>]+|guide/[a-z0-9-]+(#[^\\s\"'<>]*)?|strumenti/[a-z0-9-]+(#[^\\s\"'<>]*)?|#[^\\s\"'<>]+)");
    private static final Pattern SAFE_SRC = Pattern.compile("contenuti/immagini/[A-Za-z0-9_./-]+");

    static void assertSafe(String html) {
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<svg", "<iframe", "<object", "<embed",
                "<style", "<form", "<base", "<meta", "<link", "<math", "<details", "<noscript", "<textarea");
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element e : doc.body().getAllElements()) {
            if (e == doc.body()) {
                continue;
            }
            assertThat(TAGS).as("tag <%s> in %s", e.tagName(), html).contains(e.tagName());
            for (Attribute a : e.attributes()) {
                String attr = a.getKey().toLowerCase(Locale.ROOT);
                assertThat(attr).as("event handler in %s", html).doesNotStartWith("on");
                boolean allowed = attr.equals("id") && e.tagName().matches("h[1-6]|li|sup")
                        || ATTRIBUTES.getOrDefault(e.tagName(), Set.of()).contains(attr);
                assertThat(allowed).as("attribute %s on <%s> in %s", attr, e.tagName(), html).isTrue();
            }
            if (e.tagName().equals("a")) {
                String href = e.attr("href");
                boolean pageRoute = href.startsWith("guide/prova#");
                assertThat(pageRoute || SAFE_HREF.matcher(href).matches()).as("href '%s' in %s", href, html).isTrue();
            }
            if (e.tagName().equals("img")) {
                assertThat(e.attr("src")).as("img src in %s", html).matches(SAFE_SRC);
            }
            if (e.tagName().equals("input")) {
                assertThat(e.attr("type")).isEqualTo("checkbox");
                assertThat(e.hasAttr("disabled")).isTrue();
            }
        }
    }
}
