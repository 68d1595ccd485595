package it.percorsi.assessment;

import it.percorsi.assessment.Questionnaire.Condition;
import it.percorsi.assessment.Questionnaire.Dimension;
import it.percorsi.assessment.Questionnaire.Facet;
import it.percorsi.assessment.Questionnaire.Level;
import it.percorsi.assessment.Questionnaire.Option;
import it.percorsi.assessment.Questionnaire.Question;
import it.percorsi.assessment.Questionnaire.Section;
import it.percorsi.base.content.Checksums;
import it.percorsi.base.content.ContentProblem;
import it.percorsi.base.content.YamlSource;
import it.percorsi.base.i18n.Localized;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and checks content/assessment/questionnaire.yaml. Every problem is reported with the
 * file and the line; a questionnaire is returned only when there is none.
 */
public final class QuestionnaireReader {

    public static final String FILE = "assessment/questionnaire.yaml";

    private static final Set<String> ROOT = YamlSource.withEnglish(
            Set.of("title", "intro", "dimensions", "facets", "sections"), "title", "intro");
    private static final Set<String> DIMENSION = YamlSource.withEnglish(Set.of("id", "label", "description"),
            "label", "description");
    private static final Set<String> FACET = YamlSource.withEnglish(
            Set.of("id", "label", "question", "dimensions", "levels"), "label");
    private static final Set<String> LEVEL = YamlSource.withEnglish(Set.of("value", "min", "label"), "label");
    private static final Set<String> SECTION = YamlSource.withEnglish(
            Set.of("id", "title", "intro", "guides", "tools", "questions"), "title", "intro");
    private static final Set<String> QUESTION = YamlSource.withEnglish(Set.of("id", "text", "help", "type",
            "required", "max", "only_if", "options"), "text", "help");
    private static final Set<String> CONDITION = Set.of("question", "any");
    private static final Set<String> OPTION = YamlSource.withEnglish(Set.of("value", "label", "exclusive", "scores"),
            "label");

    /**
     * The questionnaire (only when there is no problem), the problems that keep it from loading and
     * the warnings (missing English translations) that do not.
     */
    public record Result(Optional<Questionnaire> questionnaire, List<ContentProblem> problems,
                         List<ContentProblem> warnings) {
        public Result(Optional<Questionnaire> questionnaire, List<ContentProblem> problems) {
            this(questionnaire, problems, List.of());
        }
    }

    private final YamlSource yaml = new YamlSource(FILE);
    private final Set<String> guideSlugs;
    private final Set<String> toolSlugs;
    private final Set<String> dimensionIds = new LinkedHashSet<>();
    private final Map<String, Question> questionsSoFar = new LinkedHashMap<>();
    /** Every question id written, even of questions with other problems (so one error does not cascade). */
    private final Set<String> declaredQuestions = new HashSet<>();

    private QuestionnaireReader(Set<String> guideSlugs, Set<String> toolSlugs) {
        this.guideSlugs = guideSlugs;
        this.toolSlugs = toolSlugs;
    }

    /** Reads the questionnaire of a content folder; slugs null = do not check links. */
    public static Result read(Path contentRoot, Set<String> guideSlugs, Set<String> toolSlugs) {
        Path file = contentRoot.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new Result(Optional.empty(), List.of(new ContentProblem(FILE, 0, "the questionnaire file is missing")));
        }
        try {
            return parse(Files.readString(file), guideSlugs, toolSlugs);
        } catch (IOException e) {
            return new Result(Optional.empty(), List.of(new ContentProblem(FILE, 0, "cannot read the file: " + e.getMessage())));
        }
    }

    public static Result parse(String text, Set<String> guideSlugs, Set<String> toolSlugs) {
        QuestionnaireReader reader = new QuestionnaireReader(guideSlugs, toolSlugs);
        Optional<Questionnaire> q = reader.yaml.parse(text).flatMap(root -> reader.root(root, checksum(text)));
        List<ContentProblem> problems = List.copyOf(reader.yaml.problems());
        return new Result(problems.isEmpty() ? q : Optional.empty(), problems,
                reader.yaml.warnings().stream().sorted().toList());
    }

    public static String checksum(String text) {
        return Checksums.shortSha256(text);
    }

    private Optional<Questionnaire> root(Node root, String checksum) {
        Map<String, Node> f = yaml.mapping(root, "questionnaire", ROOT).orElse(null);
        if (f == null) {
            return Optional.empty();
        }
        String title = yaml.requiredText(f, "title", root, "questionnaire").orElse(null);
        String intro = yaml.optionalText(f, "intro", "questionnaire").orElse("");
        Localized localizedTitle = yaml.localized(f, "title", title, root, "questionnaire");
        Localized localizedIntro = yaml.localized(f, "intro", intro, root, "questionnaire");
        List<Dimension> dimensions = list(f, "dimensions", root, this::dimension);
        if (!dimensions.isEmpty() && dimensions.size() < 6) {
            yaml.problem(f.get("dimensions"), "at least 6 maturity dimensions are needed, found " + dimensions.size());
        }
        List<Section> sections = list(f, "sections", root, this::section);
        List<Facet> facets = list(f, "facets", root, this::facet);
        for (String required : Facets.REQUIRED) {
            if (f.containsKey("facets") && !facetIds.contains(required)) {
                yaml.problem(f.get("facets"), "facets: the required facet '" + required + "' is missing");
            }
        }
        return Optional.of(new Questionnaire(localizedTitle, localizedIntro, dimensions, facets, sections, checksum));
    }

    private interface ItemReader<T> {
        Optional<T> read(Node node);
    }

    private <T> List<T> list(Map<String, Node> fields, String key, Node parent, ItemReader<T> reader) {
        Node n = fields.get(key);
        if (n == null) {
            yaml.problem(parent, "missing required field '" + key + "'");
            return List.of();
        }
        List<T> out = new ArrayList<>();
        List<Node> items = yaml.sequence(n, key).orElse(List.of());
        if (items.isEmpty() && n instanceof org.yaml.snakeyaml.nodes.SequenceNode) {
            yaml.problem(n, key + " must not be empty");
        }
        for (Node item : items) {
            reader.read(item).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Dimension> dimension(Node node) {
        return yaml.mapping(node, "dimension", DIMENSION).flatMap(f -> {
            Optional<String> id = yaml.identifier(f, "id", node, "dimension");
            Optional<String> label = yaml.requiredText(f, "label", node, "dimension");
            String description = yaml.optionalText(f, "description", "dimension").orElse("");
            String what = "dimension '" + id.orElse("?") + "'";
            Localized localLabel = yaml.localized(f, "label", label.orElse(""), node, what);
            Localized localDescription = yaml.localized(f, "description", description, node, what);
            if (id.isEmpty() || label.isEmpty()) {
                return Optional.empty();
            }
            if (!dimensionIds.add(id.get())) {
                yaml.problem(f.get("id"), "duplicate dimension id '" + id.get() + "'");
                return Optional.empty();
            }
            return Optional.of(new Dimension(id.get(), localLabel, localDescription));
        });
    }

    private final Set<String> sectionIds = new HashSet<>();

    private Optional<Section> section(Node node) {
        return yaml.mapping(node, "section", SECTION).flatMap(f -> {
            Optional<String> id = yaml.identifier(f, "id", node, "section");
            String what = "section '" + id.orElse("?") + "'";
            Optional<String> title = yaml.requiredText(f, "title", node, what);
            String intro = yaml.optionalText(f, "intro", what).orElse("");
            Localized localTitle = yaml.localized(f, "title", title.orElse(""), node, what);
            Localized localIntro = yaml.localized(f, "intro", intro, node, what);
            List<String> guides = slugs(f.get("guides"), what + " guides", guideSlugs, "guide", "guides");
            slugs(f.get("tools"), what + " tools", toolSlugs, "tool", "tools");
            id.filter(i -> !sectionIds.add(i)).ifPresent(i -> yaml.problem(f.get("id"), "duplicate section id '" + i + "'"));
            List<Question> questions = list(f, "questions", node, this::question);
            if (id.isEmpty() || title.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Section(id.get(), localTitle, localIntro, guides, questions));
        });
    }

    private List<String> slugs(Node n, String what, Set<String> known, String kind, String folder) {
        List<String> out = new ArrayList<>();
        for (YamlSource.Located slug : yaml.texts(n, what)) {
            if (known != null && !known.contains(slug.value())) {
                yaml.problem(slug.line(), what + ": unknown " + kind + " '" + slug.value() + "' (no " + folder + "/"
                        + slug.value() + ".md)");
            }
            out.add(slug.value());
        }
        return out;
    }

    private Optional<Question> question(Node node) {
        return yaml.mapping(node, "question", QUESTION).flatMap(f -> {
            Optional<String> id = yaml.identifier(f, "id", node, "question");
            String what = "question '" + id.orElse("?") + "'";
            boolean firstDeclaration = id.map(declaredQuestions::add).orElse(true);
            Optional<String> text = yaml.requiredText(f, "text", node, what);
            String help = yaml.optionalText(f, "help", what).orElse("");
            Localized localText = yaml.localized(f, "text", text.orElse(""), node, what);
            Localized localHelp = yaml.localized(f, "help", help, node, what);
            Optional<String> type = yaml.requiredText(f, "type", node, what);
            if (type.isPresent() && !type.get().equals("single") && !type.get().equals("multiple")) {
                yaml.problem(f.get("type"), what + ": type must be 'single' or 'multiple', not '" + type.get() + "'");
                type = Optional.empty();
            }
            boolean multiple = type.map("multiple"::equals).orElse(false);
            boolean required = f.containsKey("required") ? yaml.bool(f.get("required"), what + " required").orElse(true) : true;
            Integer max = null;
            if (f.containsKey("max")) {
                Optional<Double> m = yaml.number(f.get("max"), what + " max");
                if (m.isPresent() && (m.get() < 1 || m.get() != Math.floor(m.get()) || !multiple)) {
                    yaml.problem(f.get("max"), what + ": max must be a whole number of at least 1, and only for type multiple");
                } else if (m.isPresent()) {
                    max = m.get().intValue();
                }
            }
            List<Option> options = options(f, node, what, multiple);
            Condition onlyIf = f.containsKey("only_if") ? condition(f.get("only_if"), what).orElse(null) : null;
            if (id.isEmpty() || text.isEmpty() || type.isEmpty()) {
                return Optional.empty();
            }
            if (!firstDeclaration) {
                yaml.problem(f.get("id"), "duplicate question id '" + id.get() + "'");
                return Optional.empty();
            }
            Question q = new Question(id.get(), localText, localHelp, multiple, required, max, onlyIf, options);
            questionsSoFar.put(q.id(), q);
            return Optional.of(q);
        });
    }

    private List<Option> options(Map<String, Node> f, Node node, String what, boolean multiple) {
        Set<String> values = new HashSet<>();
        return list(f, "options", node, n -> yaml.mapping(n, what + " option", OPTION).flatMap(o -> {
            Optional<String> value = yaml.identifier(o, "value", n, what + " option");
            Optional<String> label = yaml.requiredText(o, "label", n, what + " option");
            Localized localLabel = yaml.localized(o, "label", label.orElse(""), n,
                    what + " option '" + value.orElse("?") + "'");
            boolean exclusive = o.containsKey("exclusive") && yaml.bool(o.get("exclusive"), what + " exclusive").orElse(false);
            if (exclusive && !multiple) {
                yaml.problem(o.get("exclusive"), what + ": exclusive applies only to questions of type multiple");
            }
            Map<String, Double> scores = scores(o.get("scores"), what + " option '" + value.orElse("?") + "'");
            if (value.isEmpty() || label.isEmpty()) {
                return Optional.empty();
            }
            if (!values.add(value.get())) {
                yaml.problem(o.get("value"), what + ": duplicate option value '" + value.get() + "'");
                return Optional.empty();
            }
            return Optional.of(new Option(value.get(), localLabel, exclusive, scores));
        }));
    }

    private Map<String, Double> scores(Node n, String what) {
        Map<String, Double> scores = new LinkedHashMap<>();
        if (n == null) {
            return scores;
        }
        yaml.mapping(n, what + " scores", null).ifPresent(m -> m.forEach((dimension, valueNode) -> {
            if (!dimensionIds.contains(dimension)) {
                yaml.problem(valueNode, what + ": scores name an unknown dimension '" + dimension + "' (known: "
                        + String.join(", ", dimensionIds) + ")");
                return;
            }
            yaml.number(valueNode, what + ": the weight for '" + dimension + "'").ifPresent(w -> {
                if (w < 0) {
                    yaml.problem(valueNode, what + ": the weight for '" + dimension + "' must not be negative");
                } else {
                    scores.put(dimension, w);
                }
            });
        }));
        return scores;
    }

    private Optional<Condition> condition(Node n, String what) {
        return yaml.mapping(n, what + " only_if", CONDITION).flatMap(c -> {
            Optional<String> qid = yaml.requiredText(c, "question", n, what + " only_if");
            List<YamlSource.Located> any = yaml.texts(c.get("any"), what + " only_if any");
            if (!c.containsKey("any")) {
                yaml.problem(n, what + " only_if: missing required field 'any'");
            }
            if (qid.isEmpty()) {
                return Optional.empty();
            }
            Question target = questionsSoFar.get(qid.get());
            if (target == null && declaredQuestions.contains(qid.get())) {
                return Optional.empty(); // an earlier question with its own problems
            }
            if (target == null) {
                yaml.problem(c.get("question"), what + " only_if: unknown question '" + qid.get()
                        + "' (it must be asked before this one)");
                return Optional.empty();
            }
            Set<String> values = new LinkedHashSet<>();
            for (YamlSource.Located v : any) {
                if (target.option(v.value()).isEmpty()) {
                    yaml.problem(v.line(), what + " only_if: question '" + qid.get() + "' has no option '" + v.value() + "'");
                } else {
                    values.add(v.value());
                }
            }
            return values.isEmpty() ? Optional.empty() : Optional.of(new Condition(qid.get(), values));
        });
    }

    private final Set<String> facetIds = new HashSet<>();

    private Optional<Facet> facet(Node node) {
        return yaml.mapping(node, "facet", FACET).flatMap(f -> {
            Optional<String> id = yaml.identifier(f, "id", node, "facet");
            String what = "facet '" + id.orElse("?") + "'";
            Optional<String> rawLabel = yaml.requiredText(f, "label", node, what);
            Localized localLabel = yaml.localized(f, "label", rawLabel.orElse(""), node, what);
            Optional<Localized> label = rawLabel.map(l -> localLabel);
            if (id.isEmpty() || label.isEmpty()) {
                return Optional.empty();
            }
            if (!facetIds.add(id.get())) {
                yaml.problem(f.get("id"), "duplicate facet id '" + id.get() + "'");
                return Optional.empty();
            }
            if (f.containsKey("question") == f.containsKey("levels")) {
                yaml.problem(node, what + ": give either 'question' (values from its options) or 'dimensions' and 'levels'");
                return Optional.empty();
            }
            if (f.containsKey("question")) {
                Optional<String> qid = yaml.text(f.get("question"), what + " question");
                if (qid.isPresent() && !declaredQuestions.contains(qid.get())) {
                    yaml.problem(f.get("question"), what + ": unknown question '" + qid.get() + "'");
                    return Optional.empty();
                }
                if (qid.isPresent() && !questionsSoFar.containsKey(qid.get())) {
                    return Optional.empty(); // the question itself is reported
                }
                return qid.map(q -> new Facet(id.get(), label.get(), q, List.of(), List.of()));
            }
            return levelFacet(f, node, id.get(), label.get(), what);
        });
    }

    private Optional<Facet> levelFacet(Map<String, Node> f, Node node, String id, Localized label, String what) {
        List<String> dims = new ArrayList<>();
        if (!f.containsKey("dimensions")) {
            yaml.problem(node, what + ": missing required field 'dimensions'");
        }
        for (YamlSource.Located d : yaml.texts(f.get("dimensions"), what + " dimensions")) {
            if (!dimensionIds.contains(d.value())) {
                yaml.problem(d.line(), what + ": unknown dimension '" + d.value() + "'");
            } else {
                dims.add(d.value());
            }
        }
        Set<String> seen = new HashSet<>();
        List<Level> levels = list(f, "levels", node, n -> yaml.mapping(n, what + " level", LEVEL).flatMap(l -> {
            Optional<String> value = yaml.identifier(l, "value", n, what + " level");
            Optional<String> levelLabel = yaml.requiredText(l, "label", n, what + " level");
            Localized localLevelLabel = yaml.localized(l, "label", levelLabel.orElse(""), n,
                    what + " level '" + value.orElse("?") + "'");
            Optional<Double> min = l.containsKey("min") ? yaml.number(l.get("min"), what + " level min") : Optional.empty();
            if (!l.containsKey("min")) {
                yaml.problem(n, what + " level: missing required field 'min'");
            }
            if (value.isPresent() && !seen.add(value.get())) {
                yaml.problem(l.get("value"), what + ": duplicate level '" + value.get() + "'");
                return Optional.empty();
            }
            if (value.isEmpty() || levelLabel.isEmpty() || min.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Level(value.get(), min.get(), localLevelLabel));
        }));
        for (int i = 0; i < levels.size(); i++) {
            double min = levels.get(i).min();
            if ((i == 0 && min != 0) || (i > 0 && min <= levels.get(i - 1).min()) || min > 100) {
                yaml.problem(f.get("levels"), what + ": levels must start at min 0 and grow up to at most 100");
                break;
            }
        }
        if (id.equals(Facets.EXPERIENCE)) {
            List<String> expected = Arrays.stream(ExperienceLevel.values()).map(Enum::name).toList();
            List<String> actual = levels.stream().map(Level::value).toList();
            if (!actual.equals(expected)) {
                yaml.problem(f.get("levels"), what + ": levels must be exactly " + String.join(", ", expected)
                        + " in this order");
            }
        }
        if (dims.isEmpty() || levels.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Facet(id, label, null, dims, levels));
    }
}
