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
        profileReport(library, profiles);

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

    /** Effort per resource level, paths beyond the time budget, steps left out and why. */
    private static void profileReport(PathLibrary library, List<Profile> profiles) {
        Map<String, List<Double>> effort = new java.util.TreeMap<>();
        Map<String, Integer> why = new java.util.TreeMap<>();
        int over = 0;
        int withBudget = 0;
        int withLeftOut = 0;
        List<Integer> weeks = new ArrayList<>();
        for (Profile p : profiles) {
            Recommendation r = RecommendationEngine.recommend(library, p);
            effort.computeIfAbsent(String.join(",", p.values("resources")), k -> new ArrayList<>()).add(r.effortHours());
            if (r.budgetWeeks() != null && r.hoursPerWeek() != null) {
                withBudget++;
                over += r.overBudget() ? 1 : 0;
            }
            if (r.estimatedWeeks() != null) {
                weeks.add(r.estimatedWeeks());
            }
            withLeftOut += r.leftOut().isEmpty() ? 0 : 1;
            r.leftOut().forEach(l -> why.merge(l.why().name(), 1, Integer::sum));
        }
        effort.forEach((level, hours) -> {
            double[] h = hours.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("effort %-6s: %5d profiles, hours mean %.1f, min %.0f, p50 %.0f, p90 %.0f, max %.0f%n", level,
                    h.length, Arrays.stream(h).average().orElse(0), h[0], h[h.length / 2], h[(int) (h.length * 0.9)],
                    h[h.length - 1]);
        });
        System.out.printf("over the time budget: %d of %d profiles with a budget (%.1f%%)%n", over, withBudget,
                100.0 * over / Math.max(1, withBudget));
        int[] w = weeks.stream().mapToInt(Integer::intValue).sorted().toArray();
        if (w.length > 0) {
            System.out.printf("estimated weeks: p50 %d, p90 %d, max %d%n", w[w.length / 2], w[(int) (w.length * 0.9)],
                    w[w.length - 1]);
        }
        System.out.printf("profiles with steps left out: %d; left-out steps by reason: %s%n", withLeftOut, why);
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
