package it.percorsi.path;

import it.percorsi.assessment.Profile;
import it.percorsi.assessment.Questionnaire;
import it.percorsi.assessment.Scoring;
import it.percorsi.assessment.ShippedContent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;


/**
 * Benchmark, not a test (surefire does not pick it up): time per recommendation over 10,000
 * random profiles of the shipped questionnaire and library, and per scoring + recommendation of
 * 10,000 random answer sets. Run from the project root after `mvn test-compile`:
 * <pre>
 * mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) it.percorsi.path.RecommendationBenchmark
 * </pre>
 */
public final class RecommendationBenchmark {

    private static final int PROFILES = 10_000;

    public static void main(String[] args) {
        Questionnaire questionnaire = ShippedContent.questionnaire();
        PathLibrary library = ShippedLibrary.load();
        Random random = new Random(42);
        List<Profile> profiles = new ArrayList<>();
        List<Map<String, List<String>>> answerSets = new ArrayList<>();
        for (int i = 0; i < PROFILES; i++) {
            Map<String, List<String>> answers = randomAnswers(questionnaire, random);
            answerSets.add(answers);
            profiles.add(Scoring.profile(questionnaire, answers));
        }
        for (int round = 0; round < 3; round++) { // warm-up
            profiles.forEach(p -> RecommendationEngine.recommend(library, p));
        }
        long[] nanos = new long[PROFILES];
        Map<String, Integer> templates = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (int i = 0; i < PROFILES; i++) {
            long t = System.nanoTime();
            Recommendation r = RecommendationEngine.recommend(library, profiles.get(i));
            nanos[i] = System.nanoTime() - t;
            templates.merge(r.templateId(), 1, Integer::sum);
        }
        long total = System.nanoTime() - start;
        report("recommendation only", nanos, total);
        System.out.println("templates chosen: " + templates);

        for (int round = 0; round < 3; round++) { // warm-up
            answerSets.forEach(a -> RecommendationEngine.recommend(library, Scoring.profile(questionnaire, a)));
        }
        long[] both = new long[PROFILES];
        start = System.nanoTime();
        for (int i = 0; i < PROFILES; i++) {
            long t = System.nanoTime();
            RecommendationEngine.recommend(library, Scoring.profile(questionnaire, answerSets.get(i)));
            both[i] = System.nanoTime() - t;
        }
        report("scoring + recommendation", both, System.nanoTime() - start);
    }

    private static Map<String, List<String>> randomAnswers(Questionnaire q, Random random) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (Questionnaire.Question question : q.questions()) {
            List<String> values = question.options().stream().map(Questionnaire.Option::value).toList();
            if (!question.multiple()) {
                answers.put(question.id(), List.of(values.get(random.nextInt(values.size()))));
            } else {
                List<String> chosen = new ArrayList<>();
                int max = question.max() == null ? values.size() : question.max();
                for (String v : values) {
                    if (chosen.size() < max && random.nextBoolean()
                            && !question.option(v).orElseThrow().exclusive()) {
                        chosen.add(v);
                    }
                }
                answers.put(question.id(), chosen);
            }
        }
        return answers;
    }

    private static void report(String what, long[] nanos, long totalNanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1000.0;
        System.out.printf("%s: %d profiles in %.1f ms; per recommendation mean %.1f µs, p50 %.1f µs, p99 %.1f µs, max %.1f µs%n",
                what, nanos.length, totalNanos / 1e6, mean, sorted[sorted.length / 2] / 1000.0,
                sorted[(int) (sorted.length * 0.99)] / 1000.0, sorted[sorted.length - 1] / 1000.0);
    }

}
