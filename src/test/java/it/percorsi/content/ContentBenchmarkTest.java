package it.percorsi.content;

import it.percorsi.TestClockConfiguration;
import it.percorsi.content.internal.ContentImporter;
import it.percorsi.content.internal.ContentReader;
import it.percorsi.content.internal.DocumentSpec;
import it.percorsi.content.internal.RenderCache;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Benchmarks, not timed tests: they print numbers and assert nothing about speed. Run with
 * {@code mvn -o test -Dtest=ContentBenchmarkTest -Dpercorsi.benchmark=true}. A database of its own
 * and no import at start-up, so the first render and the first import are really cold.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "percorsi.benchmark", matches = "true")
@SpringBootTest(properties = {"percorsi.content.import-on-startup=false",
        "spring.datasource.url=jdbc:h2:mem:content-benchmark;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContentBenchmarkTest {

    static final Path CONTENT = Path.of("content");

    @Autowired MarkdownRenderer renderer;
    @Autowired RenderCache cache;
    @Autowired ContentImporter importer;

    @Test
    @Order(1)
    void render_of_the_largest_guide_cold_warm_and_cached() {
        DocumentSpec largest = ContentReader.read(CONTENT).documents().stream()
                .filter(d -> d.kind() == ContentKind.GUIDE)
                .max(Comparator.comparingInt(d -> d.body().length())).orElseThrow();
        RenderOptions options = RenderOptions.page(ContentRoutes.guide(largest.slug()));

        long t0 = System.nanoTime();
        RenderedMarkdown first = renderer.render(largest.body(), options);
        double cold = ms(System.nanoTime() - t0);

        for (int i = 0; i < 200; i++) {
            renderer.render(largest.body(), options);
        }
        double[] warm = new double[200];
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            renderer.render(largest.body(), options);
            warm[i] = ms(System.nanoTime() - t);
        }
        cache.clear();
        cache.get(-1L, () -> first);
        double[] cached = new double[10_000];
        for (int i = 0; i < cached.length; i++) {
            long t = System.nanoTime();
            cache.get(-1L, () -> renderer.render(largest.body(), options));
            cached[i] = ms(System.nanoTime() - t);
        }
        cache.clear();
        System.out.printf("BENCHMARK render %s (%d chars, %d words, %d KB html): first render in the JVM %.1f ms;"
                        + " uncached warm median %.3f ms (p95 %.3f); cached median %.5f ms (p95 %.5f)%n",
                largest.file(), largest.body().length(), first.words(), first.html().length() / 1024, cold,
                median(warm), p95(warm), median(cached), p95(cached));
    }

    @Test
    @Order(2)
    void full_import_of_the_content_folder() {
        long t0 = System.nanoTime();
        var validation = ValidateContent.validate(CONTENT);
        double validate = ms(System.nanoTime() - t0);

        long t1 = System.nanoTime();
        ImportReport first = importer.importFrom(CONTENT);
        double initial = ms(System.nanoTime() - t1);

        double[] again = new double[5];
        for (int i = 0; i < again.length; i++) {
            long t = System.nanoTime();
            importer.importFrom(CONTENT);
            again[i] = ms(System.nanoTime() - t);
        }
        System.out.printf("BENCHMARK import of %s: validation only %.0f ms (%s); first import into an empty database"
                        + " %.0f ms (%d created); re-import with nothing changed median %.0f ms%n",
                CONTENT, validate, validation.summary(), initial, first.created(), median(again));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double p95(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) (sorted.length * 0.95)];
    }
}
