package it.percorsi.assessment;

import it.percorsi.assessment.Questionnaire.Option;
import it.percorsi.assessment.Questionnaire.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks answers against the questionnaire; errors are i18n keys per question id. */
final class AnswerRules {

    static final String REQUIRED = "assessment.error.required";
    static final String UNKNOWN_OPTION = "assessment.error.unknownOption";
    static final String ONE_ONLY = "assessment.error.oneOnly";
    static final String TOO_MANY = "assessment.error.tooMany";
    static final String EXCLUSIVE = "assessment.error.exclusive";

    private AnswerRules() {
    }

    /** Keeps only the values the question offers, in the question's order, without repeats. */
    static List<String> clean(Question q, List<String> values) {
        List<String> out = new ArrayList<>();
        for (Option o : q.options()) {
            if (values.contains(o.value())) {
                out.add(o.value());
            }
        }
        return out;
    }

    /** Errors of the given questions that are asked, given all the answers so far. */
    static Map<String, String> errors(Questionnaire questionnaire, List<Question> questions,
                                      Map<String, List<String>> answers, Map<String, List<String>> submitted) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Question q : questions) {
            if (!questionnaire.isAsked(q, answers)) {
                continue;
            }
            List<String> raw = submitted.getOrDefault(q.id(), answers.getOrDefault(q.id(), List.of()));
            List<String> values = clean(q, raw);
            if (values.size() < raw.stream().distinct().count()) {
                errors.put(q.id(), UNKNOWN_OPTION);
            } else if (values.isEmpty() && q.required()) {
                errors.put(q.id(), REQUIRED);
            } else if (!q.multiple() && values.size() > 1) {
                errors.put(q.id(), ONE_ONLY);
            } else if (q.max() != null && values.size() > q.max()) {
                errors.put(q.id(), TOO_MANY);
            } else if (values.size() > 1 && values.stream().anyMatch(v -> q.option(v).map(Option::exclusive).orElse(false))) {
                errors.put(q.id(), EXCLUSIVE);
            }
        }
        return errors;
    }
}
