package it.percorsi.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import it.percorsi.TestClockConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Static files answered by Spring's resource handler before Vaadin's servlet (issue 14, {@link StaticFiles}):
 * the compiled front end ({@code /VAADIN/build/}, here a test fixture, as the development mode of the tests has
 * no production build) with a year's immutable caching and its precompressed variant, the root style sheets,
 * fonts and pictures with the caching Vaadin gave them, and everything else left to Vaadin. Same context
 * configuration as {@code LoginHttpTest}, so the two share one started portal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:login-http;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class StaticFilesHttpTest {

    private static final String FIXTURE = "/VAADIN/build/static-fixture-T3stH4sh.js";

    @LocalServerPort int port;
    @Autowired @Qualifier("percorsiStaticFiles") HandlerMapping mapping;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_file_of_the_compiled_front_end_is_served_from_the_class_path_cached_for_a_year() throws Exception {
        HttpResponse<byte[]> response = get(FIXTURE, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(bytes("META-INF/VAADIN/webapp" + FIXTURE));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/javascript").containsIgnoringCase("charset=utf-8"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, immutable");
        assertThat(response.headers().firstValue("Last-Modified")).isPresent();
    }

    @Test
    void the_precompressed_variant_goes_to_a_browser_that_accepts_it() throws Exception {
        HttpResponse<byte[]> response = get(FIXTURE, "br, gzip");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(response.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept-Encoding"));
        try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            assertThat(unzipped.readAllBytes()).isEqualTo(bytes("META-INF/VAADIN/webapp" + FIXTURE));
        }
    }

    @Test
    void root_style_sheets_fonts_and_pictures_keep_the_caching_they_had() throws Exception {
        HttpResponse<byte[]> versioned = get("/styles.css?v-c=0123abcd", null);
        assertThat(versioned.statusCode()).isEqualTo(200);
        assertThat(versioned.body()).isEqualTo(bytes("META-INF/resources/styles.css"));
        assertThat(versioned.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/css").containsIgnoringCase("charset=utf-8"));
        assertThat(versioned.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, immutable");

        HttpResponse<byte[]> plain = get("/styles.css", null);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Cache-Control")).hasValue("max-age=3600");

        HttpResponse<byte[]> font = get("/fonts/titillium-web-latin-400-normal.woff2", null);
        assertThat(font.statusCode()).isEqualTo(200);
        assertThat(font.body()).isEqualTo(bytes("META-INF/resources/fonts/titillium-web-latin-400-normal.woff2"));
        assertThat(font.headers().firstValue("Content-Type")).hasValue("font/woff2");
        assertThat(font.headers().firstValue("Cache-Control")).hasValue("max-age=3600");

        HttpResponse<byte[]> lumo = get("/lumo/lumo.css?v-c=1", null);
        assertThat(lumo.statusCode()).as("Vaadin's Lumo style sheet, from its library's META-INF/resources").isEqualTo(200);
        assertThat(new String(lumo.body(), StandardCharsets.UTF_8)).contains("--lumo-");

        assertThat(get("/images/favicon.svg", null).statusCode()).isEqualTo(200);
    }

    @Test
    void only_files_that_exist_are_answered_here_the_rest_goes_on_to_vaadin() throws Exception {
        assertThat(mapping.getHandler(request("GET", FIXTURE))).isNotNull();
        assertThat(mapping.getHandler(request("HEAD", "/styles.css"))).isNotNull();
        assertThat(mapping.getHandler(request("GET", "/VAADIN/build/no-such-file.js"))).isNull();
        assertThat(mapping.getHandler(request("GET", "/no-such-sheet.css"))).isNull();
        assertThat(mapping.getHandler(request("POST", "/styles.css"))).isNull();
        assertThat(mapping.getHandler(request("GET", "/VAADIN/static/anything.css"))).isNull();
        assertThat(mapping.getHandler(request("GET", "/index.html"))).as("not a static extension here").isNull();
        assertThat(mapping.getHandler(request("GET", "/VAADIN/build/%2e%2e/%2e%2e/config/flow-build-info.json")))
                .isNull();
        assertThat(mapping.getHandler(request("GET", "/login"))).isNull();

        HttpResponse<byte[]> missing = get("/VAADIN/build/no-such-file.js", null);
        assertThat(missing.statusCode()).as("answered by the security chain and Vaadin, as before").isNotEqualTo(200);
        assertThat(missing.headers().allValues("Cache-Control")).doesNotContain("max-age=31536000, immutable");
    }

    @Test
    void files_are_kept_in_memory_with_their_headers_up_to_a_size() throws Exception {
        ByteArrayResource small = smallStyleSheet();
        var large = new ByteArrayResource(new byte[StaticFiles.InMemory.MAX_FILE + 1]);
        var kept = new AtomicLong();
        StaticFiles.InMemory memory = new StaticFiles.InMemory(kept);

        var copy = memory.resolveResource(null, "a.css", List.of(), chainGiving(small));
        assertThat(copy).isInstanceOf(StaticFiles.Bytes.class).isNotSameAs(small);
        assertThat(copy.getContentAsByteArray()).isEqualTo(small.getByteArray());
        assertThat(copy.getFilename()).isEqualTo("a.css");
        assertThat(copy.lastModified()).isEqualTo(1_000L);
        assertThat(kept).hasValue(3);
        assertThat(memory.resolveResource(null, "big.js", List.of(), chainGiving(large))).isSameAs(large);
        kept.set(StaticFiles.InMemory.MAX_TOTAL - 2);
        assertThat(memory.resolveResource(null, "a.css", List.of(), chainGiving(small))).as("over the budget")
                .isSameAs(small);
        assertThat(kept).hasValue(StaticFiles.InMemory.MAX_TOTAL - 2);
        assertThat(memory.resolveResource(null, "none.js", List.of(), chainGiving(null))).isNull();
    }

    @Test
    void a_text_file_without_a_precompressed_variant_goes_compressed_to_a_browser_that_accepts_gzip() throws Exception {
        HttpResponse<byte[]> plain = get("/lumo/lumo.css?v-c=1", null);
        HttpResponse<byte[]> compressed = get("/lumo/lumo.css?v-c=1", "gzip, deflate, br");

        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept-Encoding"));
        assertThat(compressed.statusCode()).isEqualTo(200);
        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(compressed.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept-Encoding"));
        assertThat(compressed.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/css").containsIgnoringCase("charset=utf-8"));
        assertThat(compressed.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, immutable");
        assertThat(compressed.body().length).as("Lumo's 234 KB style sheet compresses well")
                .isLessThan(plain.body().length / 4);
        try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
            assertThat(unzipped.readAllBytes()).isEqualTo(plain.body());
        }
        assertThat(get("/lumo/lumo.css?v-c=1", "br").headers().firstValue("Content-Encoding"))
                .as("gzip not accepted, and Lumo has no .br copy").isEmpty();
    }

    @Test
    void a_file_is_compressed_once_and_the_compressed_copy_kept() throws Exception {
        var kept = new AtomicLong();
        var handler = new StaticFiles.FileHandler(new ClassPathResource("META-INF/resources/"),
                org.springframework.http.CacheControl.noCache(), StaticFiles.resolvers(kept));
        handler.afterPropertiesSet();
        MockHttpServletRequest request = request("GET", "/lumo/lumo.css");
        request.addHeader("Accept-Encoding", "gzip");
        request.setAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE, "lumo/lumo.css");

        Resource first = handler.find(request);
        Resource second = handler.find(request);

        assertThat(first).isInstanceOf(StaticFiles.Bytes.class).isSameAs(second);
        assertThat(((StaticFiles.Bytes) first).getResponseHeaders().getFirst("Content-Encoding")).isEqualTo("gzip");
        assertThat(kept).as("one compressed copy, nothing else").hasValue(first.contentLength());
    }

    @Test
    void small_files_stay_as_they_are_and_gzip_must_be_accepted() throws Exception {
        ByteArrayResource small = smallStyleSheet();
        MockHttpServletRequest gzip = request("GET", "/a.css");
        gzip.addHeader("Accept-Encoding", "gzip");
        var copy = (StaticFiles.Bytes) new StaticFiles.InMemory(new AtomicLong())
                .resolveResource(gzip, "a.css", List.of(), chainGiving(small));
        assertThat(copy.getResponseHeaders().getFirst("Content-Encoding")).as("below 1 KB").isNull();
        assertThat(copy.getResponseHeaders().getOrEmpty("Vary")).contains("Accept-Encoding");
        assertThat(copy.getContentAsByteArray()).isEqualTo(small.getByteArray());

        // as Spring keys its cache of resolutions: a copy made for one key never goes to a request of another
        assertThat(accepts("gzip")).isTrue();
        assertThat(accepts("gzip, deflate, br, zstd")).isTrue();
        assertThat(accepts("br, GZIP;q=0.5")).isTrue();
        assertThat(accepts(null)).isFalse();
        assertThat(accepts("br, deflate")).isFalse();
        assertThat(accepts("identity")).isFalse();
        assertThat(accepts("*")).as("not in the cache key").isFalse();
    }

    private static boolean accepts(String acceptEncoding) {
        MockHttpServletRequest request = request("GET", "/a.css");
        if (acceptEncoding != null) {
            request.addHeader("Accept-Encoding", acceptEncoding);
        }
        return StaticFiles.InMemory.acceptsGzip(request);
    }

    /** A 3-byte style sheet "a.css", last modified at 1,000 ms. */
    private static ByteArrayResource smallStyleSheet() {
        return new ByteArrayResource("a{}".getBytes(StandardCharsets.UTF_8)) {
            @Override public String getFilename() { return "a.css"; }
            @Override public long lastModified() { return 1_000L; }
        };
    }

    private static ResourceResolverChain chainGiving(Resource resource) {
        return new ResourceResolverChain() {
            @Override
            public Resource resolveResource(HttpServletRequest request, String requestPath,
                                            List<? extends Resource> locations) {
                return resource;
            }

            @Override
            public String resolveUrlPath(String resourcePath, List<? extends Resource> locations) {
                return resourcePath;
            }
        };
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static MockHttpServletRequest request(String method, String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
        int q = uri.indexOf('?');
        if (q >= 0) {
            request.setRequestURI(uri.substring(0, q));
            request.setQueryString(uri.substring(q + 1));
        }
        return request;
    }

    private static byte[] bytes(String classPath) throws Exception {
        try (var in = new ClassPathResource(classPath).getInputStream()) {
            return in.readAllBytes();
        }
    }
}
