package it.percorsi.assessment;

import it.percorsi.assessment.Questionnaire.Facet;
import it.percorsi.assessment.Questionnaire.Level;
import it.percorsi.assessment.Questionnaire.Option;
import it.percorsi.assessment.Questionnaire.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns answers into a profile. Every weight comes from the questionnaire: a dimension's score is
 * the points of the chosen options over the most points the questionnaire could give, 0-100.
 * Only the answers to questions actually asked count: an answer left over to a question whose
 * only_if no longer holds gives nothing. A question not asked gives 0 of its maximum: its only_if
 * says the practice it asks about has not happened (e.g. which methods were used, when no survey
 * was ever run), so being asked a follow-up question can never lower a score.
 */
public final class Scoring {

    /**
     * The scoring rules' version, stored with each completed assessment. 1: only asked questions
     * counted in the maximum (a follow-up question could lower a score); 2: the maximum is the
     * whole questionnaire's. Assessments scored with an older version are re-scored at start-up.
     */
    public static final int VERSION = 2;

    private Scoring() {
    }

    public static Profile profile(Questionnaire q, Map<String, List<String>> answers) {
        Map<String, Integer> scores = scores(q, answers);
        Map<String, List<String>> facets = new LinkedHashMap<>();
        for (Facet facet : q.facets()) {
            facets.put(facet.id(), facet.fromQuestion() ? chosen(q, facet.questionId(), answers) : level(facet, scores));
        }
        return new Profile(facets, scores);
    }

    public static Map<String, Integer> scores(Questionnaire q, Map<String, List<String>> answers) {
        List<Question> all = q.questions();
        List<Question> asked = all.stream().filter(question -> q.isAsked(question, answers)).toList();
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (var dimension : q.dimensions()) {
            double got = 0;
            double max = 0;
            for (Question question : all) {
                max += maxPoints(question, dimension.id());
            }
            for (Question question : asked) {
                for (String value : answers.getOrDefault(question.id(), List.of())) {
                    got += question.option(value).map(o -> o.scores().getOrDefault(dimension.id(), 0d)).orElse(0d);
                }
            }
            scores.put(dimension.id(), max == 0 ? 0 : (int) Math.round(Math.min(100, 100 * got / max)));
        }
        return scores;
    }

    /** The most points one answer to the question can give to a dimension. */
    static double maxPoints(Question question, String dimension) {
        List<Double> points = new ArrayList<>();
        double exclusiveBest = 0;
        for (Option o : question.options()) {
            double p = o.scores().getOrDefault(dimension, 0d);
            if (o.exclusive()) {
                exclusiveBest = Math.max(exclusiveBest, p);
            } else {
                points.add(p);
            }
        }
        points.sort(Comparator.reverseOrder());
        int take = !question.multiple() ? 1 : question.max() == null ? points.size() : question.max();
        double best = points.stream().limit(take).mapToDouble(Double::doubleValue).sum();
        return Math.max(best, exclusiveBest);
    }

    private static List<String> chosen(Questionnaire q, String questionId, Map<String, List<String>> answers) {
        return q.question(questionId)
                .filter(question -> q.isAsked(question, answers))
                .map(question -> question.options().stream().map(Option::value)
                        .filter(answers.getOrDefault(questionId, List.of())::contains).toList())
                .orElse(List.of());
    }

    private static List<String> level(Facet facet, Map<String, Integer> scores) {
        double mean = facet.dimensions().stream().mapToInt(d -> scores.getOrDefault(d, 0)).average().orElse(0);
        String value = facet.levels().getFirst().value();
        for (Level l : facet.levels()) {
            if (mean >= l.min()) {
                value = l.value();
            }
        }
        return List.of(value);
    }
}
