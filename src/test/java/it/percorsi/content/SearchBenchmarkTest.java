package it.percorsi.content;

import it.percorsi.TestClockConfiguration;
import it.percorsi.TestUsers;
import it.percorsi.content.internal.ContentImporter;
import it.percorsi.content.internal.SearchIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Benchmark, not a timed test: 10,000 generated Italian documents (words of the shipped guides),
 * imported and indexed in a file-system index, then a full rebuild and 1,000 searches and
 * suggestions. Prints the figures; asserts only that the documents were found. Run with
 * {@code mvn -o test -Dtest=SearchBenchmarkTest -Dpercorsi.benchmark=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "percorsi.benchmark", matches = "true")
@SpringBootTest(properties = {"percorsi.content.import-on-startup=false",
        "spring.datasource.url=jdbc:h2:mem:search-benchmark;DB_CLOSE_DELAY=-1",
        "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
        "spring.jpa.properties.hibernate.search.backend.directory.root=target/search-benchmark-index"})
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class SearchBenchmarkTest {

    static final int DOCUMENTS = 10_000;
    static final int QUERIES = 1_000;

    @Autowired ContentImporter importer;
    @Autowired SearchIndex index;
    @Autowired SearchService search;
    @Autowired ApplicationContext context;
    @TempDir Path root;

    @Test
    void ten_thousand_documents_import_rebuild_search_and_suggest() throws IOException {
        List<String> words = vocabulary();
        Random random = new Random(42);
        for (int i = 0; i < DOCUMENTS; i++) {
            String slug = "doc-" + i;
            String title = sentence(words, random, 4 + random.nextInt(5));
            StringBuilder body = new StringBuilder("# ").append(title).append("\n\n");
            int paragraphs = 3 + random.nextInt(6);
            for (int p = 0; p < paragraphs; p++) {
                body.append(sentence(words, random, 40 + random.nextInt(80))).append(".\n\n");
            }
            Files.createDirectories(root.resolve("guides"));
            Files.writeString(root.resolve("guides/" + slug + ".md"), ContentTestData.guide(slug,
                    title.replace(":", ""), "base", body.toString()));
        }
        long t0 = System.nanoTime();
        ImportReport report = importer.importFrom(root);
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("SEARCH BENCHMARK import of %d documents (validate, render, store, index): %.1f s; problems %d%n",
                DOCUMENTS, importSeconds, report.problems().size());

        t0 = System.nanoTime();
        index.rebuild().join();
        System.out.printf("SEARCH BENCHMARK full rebuild: %.1f s for %d documents in the index%n",
                (System.nanoTime() - t0) / 1e9, index.indexedCount());

        TestUsers.loginAs(context, TestUsers.REFERENT);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            String q = sentence(words, random, 1 + random.nextInt(3));
            if (i % 5 == 0) { // one in five with a typo
                int at = random.nextInt(q.length());
                q = q.substring(0, at) + q.substring(Math.min(q.length(), at + 1));
            }
            queries.add(q);
        }
        for (int i = 0; i < 100; i++) { // warm-up
            search.search(SearchRequest.of(queries.get(i)), 20);
        }
        long[] full = new long[QUERIES];
        long found = 0;
        for (int i = 0; i < QUERIES; i++) {
            long t = System.nanoTime();
            found += search.search(SearchRequest.of(queries.get(i)), 20).total() > 0 ? 1 : 0;
            full[i] = System.nanoTime() - t;
        }
        long[] suggest = new long[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            String q = queries.get(i);
            String prefix = q.substring(0, Math.min(q.length(), 2 + random.nextInt(6)));
            long t = System.nanoTime();
            search.suggest(prefix, 6);
            suggest[i] = System.nanoTime() - t;
        }
        print("search (20 hits, highlights)", full);
        print("suggest (6 titles)", suggest);
        System.out.printf("SEARCH BENCHMARK queries with at least one result: %d of %d%n", found, QUERIES);
        TestUsers.logout();
        org.assertj.core.api.Assertions.assertThat(found).isPositive();
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("SEARCH BENCHMARK %s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static String sentence(List<String> words, Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                s.append(' ');
            }
            s.append(words.get(random.nextInt(words.size())));
        }
        return s.toString();
    }

    /** The distinct words (4+ letters) of the shipped guides: realistic Italian vocabulary. */
    private static List<String> vocabulary() throws IOException {
        try (Stream<Path> files = Files.list(ContentTestData.SHIPPED.resolve("guides"))) {
            return files.filter(f -> f.toString().endsWith(".md")).flatMap(f -> {
                try {
                    return Arrays.stream(Files.readString(f).toLowerCase().split("[^\\p{L}]+"));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).filter(w -> w.length() >= 4).distinct().sorted().toList();
        }
    }
}
