package it.percorsi.path;

import it.percorsi.base.content.Checksums;
import it.percorsi.base.content.YamlSource;
import it.percorsi.base.i18n.Localized;
import it.percorsi.base.content.YamlSource.Located;
import it.percorsi.base.content.ContentProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads and checks content/paths/*.yaml as one library: each file on its own (syntax, fields,
 * rules against the questionnaire's facets, links to guides, tools and FAQs) and then across
 * files (unique ids, anchors and template names, a fallback template). A library is returned only
 * when there is no problem at all.
 */
public final class PathLibraryReader {

    public static final String FOLDER = "paths";

    private static final Set<String> TEMPLATE = YamlSource.withEnglish(Set.of("id", "type", "title", "summary",
            "priority", "when", "unless", "because", "keep_together", "steps"), "title", "summary", "because");
    private static final Set<String> OPTIONAL_FILE = YamlSource.withEnglish(Set.of("id", "type", "title", "steps"),
            "title");
    private static final Set<String> SETTINGS_FILE = YamlSource.withEnglish(Set.of("id", "type", "title",
            "hours_per_week", "budget_weeks", "optional_limit", "over_budget_because"), "title", "over_budget_because");
    private static final Set<String> LIMIT = YamlSource.withEnglish(Set.of("when", "hours", "weeks", "max", "because"),
            "because");
    private static final Set<String> STEP = YamlSource.withEnglish(Set.of("id", "title", "summary", "effort_hours",
            "guides", "tools", "faq", "checks", "when", "unless", "because", "done_when", "done_because"),
            "title", "summary", "because", "done_because");
    private static final Set<String> OPTIONAL_STEP = YamlSource.withEnglish(Set.of("id", "title", "summary",
            "effort_hours", "guides", "tools", "faq", "checks", "when", "unless", "because", "done_when",
            "done_because", "priority", "after", "position", "templates"), "title", "summary", "because",
            "done_because");
    private static final Set<String> RANGE = Set.of("min", "max");
    private static final Set<String> CHECK = YamlSource.withEnglish(Set.of("id", "text"), "text");

    /** The slugs links may point to (null = do not check) and the facets rules may use (null = do not check). */
    public record Catalog(Set<String> guides, Set<String> tools, Set<String> faqs, Map<String, Set<String>> facets,
                          Set<String> dimensions) {
        public Catalog(Set<String> guides, Set<String> tools, Set<String> faqs, Map<String, Set<String>> facets) {
            this(guides, tools, faqs, facets, null);
        }

        /** The facets and dimensions of a questionnaire (null = do not check them). */
        public static Catalog of(it.percorsi.assessment.Questionnaire q, Set<String> guides, Set<String> tools,
                                 Set<String> faqs) {
            return q == null ? new Catalog(guides, tools, faqs, null, null) : new Catalog(guides, tools, faqs,
                    q.facetCatalog(), new LinkedHashSet<>(q.dimensions().stream().map(d -> d.id()).toList()));
        }
    }

    /**
     * The library (only when there is no problem), the problems that keep it from loading and the
     * warnings (missing English translations) that do not.
     */
    public record Result(Optional<PathLibrary> library, List<ContentProblem> problems, List<ContentProblem> warnings) {
        public Result(Optional<PathLibrary> library, List<ContentProblem> problems) {
            this(library, problems, List.of());
        }
    }

    private final Catalog catalog;
    private final List<ContentProblem> problems = new ArrayList<>();
    private final List<ContentProblem> warnings = new ArrayList<>();
    private final List<PathTemplate> templates = new ArrayList<>();
    private final List<StepDefinition> optionalSteps = new ArrayList<>();
    private final Map<String, String> stepFiles = new HashMap<>();
    private PathSettings settings = PathSettings.NONE;
    private String settingsFile;

    private PathLibraryReader(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The files of content/paths, by path relative to the content root, in name order. */
    public static SortedMap<String, String> files(Path contentRoot) throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        Path dir = contentRoot.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(p -> p.getFileName().toString().endsWith(".yaml")).toList()) {
                files.put(FOLDER + "/" + p.getFileName(), Files.readString(p));
            }
        }
        return files;
    }

    public static Result read(Path contentRoot, Catalog catalog) {
        try {
            return parse(files(contentRoot), catalog);
        } catch (IOException e) {
            return new Result(Optional.empty(), List.of(new ContentProblem(FOLDER, 0, "cannot read: " + e.getMessage())));
        }
    }

    public static Result parse(SortedMap<String, String> files, Catalog catalog) {
        PathLibraryReader reader = new PathLibraryReader(catalog);
        StringBuilder all = new StringBuilder();
        files.forEach((name, text) -> {
            reader.file(name, text);
            all.append(name).append('\n').append(text).append('\n');
        });
        reader.crossChecks(files.isEmpty());
        List<ContentProblem> problems = reader.problems.stream().sorted().toList();
        Optional<PathLibrary> library = problems.isEmpty()
                ? Optional.of(new PathLibrary(reader.templates, reader.optionalSteps, reader.settings,
                Checksums.shortSha256(all.toString())))
                : Optional.empty();
        return new Result(library, problems, reader.warnings.stream().sorted().toList());
    }

    private void file(String name, String text) {
        YamlSource yaml = new YamlSource(name);
        yaml.parse(text).ifPresent(root -> readRoot(yaml, root, name));
        problems.addAll(yaml.problems());
        warnings.addAll(yaml.warnings());
    }

    private void readRoot(YamlSource yaml, Node root, String name) {
        String expectedId = name.substring(name.lastIndexOf('/') + 1, name.length() - ".yaml".length());
        Node typeNode = root instanceof MappingNode m ? m.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k && "type".equals(k.getValue()))
                .map(t -> t.getValueNode()).findFirst().orElse(null) : null;
        String type = typeNode == null ? null : yaml.text(typeNode, "type").orElse("");
        boolean optional = "optional-steps".equals(type);
        boolean settingsType = "settings".equals(type);
        Map<String, Node> f = yaml.mapping(root, "path file",
                optional ? OPTIONAL_FILE : settingsType ? SETTINGS_FILE : TEMPLATE).orElse(null);
        if (f == null) {
            return;
        }
        if (type == null) {
            yaml.problem(root, "missing required field 'type' (template, optional-steps or settings)");
            return;
        }
        if (!optional && !settingsType && !"template".equals(type)) {
            yaml.problem(typeNode, "type must be 'template', 'optional-steps' or 'settings', not '" + type + "'");
            return;
        }
        Optional<String> id = yaml.identifier(f, "id", root, "path file");
        if (id.isPresent() && !id.get().equals(expectedId)) {
            yaml.problem(f.get("id"), "id '" + id.get() + "' must be the file name '" + expectedId + "'");
        }
        if (optional) {
            steps(yaml, f, root, true).forEach(optionalSteps::add);
            return;
        }
        if (settingsType) {
            settings(yaml, f, name);
            return;
        }
        Optional<String> title = yaml.requiredText(f, "title", root, "template");
        String summary = yaml.optionalText(f, "summary", "template").orElse("");
        Optional<String> because = yaml.requiredText(f, "because", root, "template");
        Localized localTitle = yaml.localized(f, "title", title.orElse(""), root, "template");
        Localized localSummary = yaml.localized(f, "summary", summary, root, "template");
        Localized localBecause = yaml.localized(f, "because", because.orElse(""), root, "template");
        Rule when = f.containsKey("when") ? rule(yaml, f.get("when"), "template when") : Rule.ALWAYS;
        Rule unless = f.containsKey("unless") ? rule(yaml, f.get("unless"), "template unless") : Rule.ALWAYS;
        boolean together = f.containsKey("keep_together")
                && yaml.bool(f.get("keep_together"), "template keep_together").orElse(false);
        int priority = 0;
        if (!f.containsKey("priority")) {
            yaml.problem(root, "template: missing required field 'priority'");
        } else {
            Optional<Double> p = yaml.number(f.get("priority"), "template priority");
            if (p.isPresent() && p.get() != Math.floor(p.get())) {
                yaml.problem(f.get("priority"), "template priority must be a whole number");
            }
            priority = p.orElse(0d).intValue();
        }
        List<StepDefinition> steps = steps(yaml, f, root, false);
        if (id.isPresent() && title.isPresent() && because.isPresent()) {
            templates.add(new PathTemplate(id.get(), localTitle, localSummary, priority, when, unless, localBecause, together,
                    steps, name));
        }
    }

    private List<StepDefinition> steps(YamlSource yaml, Map<String, Node> f, Node root, boolean optional) {
        List<StepDefinition> steps = new ArrayList<>();
        if (!f.containsKey("steps")) {
            yaml.problem(root, "missing required field 'steps'");
            return steps;
        }
        List<Node> items = yaml.sequence(f.get("steps"), "steps").orElse(List.of());
        if (items.isEmpty() && f.get("steps") instanceof SequenceNode) {
            yaml.problem(f.get("steps"), "steps must not be empty");
        }
        for (Node item : items) {
            step(yaml, item, optional).ifPresent(steps::add);
        }
        return steps;
    }

    private Optional<StepDefinition> step(YamlSource yaml, Node node, boolean optional) {
        Map<String, Node> f = yaml.mapping(node, "step", optional ? OPTIONAL_STEP : STEP).orElse(null);
        if (f == null) {
            return Optional.empty();
        }
        Optional<String> id = yaml.identifier(f, "id", node, "step");
        String what = "step '" + id.orElse("?") + "'";
        Optional<String> title = yaml.requiredText(f, "title", node, what);
        String summary = yaml.optionalText(f, "summary", what).orElse("");
        Localized localTitle = yaml.localized(f, "title", title.orElse(""), node, what);
        Localized localSummary = yaml.localized(f, "summary", summary, node, what);
        double effort = 0;
        if (!f.containsKey("effort_hours")) {
            yaml.problem(node, what + ": missing required field 'effort_hours'");
        } else {
            Optional<Double> e = yaml.number(f.get("effort_hours"), what + ": effort_hours");
            if (e.isPresent() && e.get() <= 0) {
                yaml.problem(f.get("effort_hours"), what + ": effort_hours must be more than 0");
            }
            effort = e.orElse(0d);
        }
        List<String> guides = links(yaml, f.get("guides"), what + " guides", catalog.guides(), "guide", "guides");
        List<String> tools = links(yaml, f.get("tools"), what + " tools", catalog.tools(), "tool", "tools");
        List<String> faqs = links(yaml, f.get("faq"), what + " faq", catalog.faqs(), "FAQ", "faq");
        List<StepDefinition.SelfCheck> checks = checks(yaml, f.get("checks"), what);
        Rule when = f.containsKey("when") ? rule(yaml, f.get("when"), what + " when") : Rule.ALWAYS;
        Optional<String> because = yaml.optionalText(f, "because", what);
        if (f.containsKey("when") && because.isEmpty() && !f.containsKey("because")) {
            yaml.problem(f.get("when"), what + ": a step with 'when' needs 'because' (the reason shown to the referent)");
        }
        if (optional && !f.containsKey("when")) {
            yaml.problem(node, what + ": an optional step needs 'when' and 'because'");
        }
        Rule unless = f.containsKey("unless") ? rule(yaml, f.get("unless"), what + " unless") : Rule.ALWAYS;
        Rule doneWhen = f.containsKey("done_when") ? rule(yaml, f.get("done_when"), what + " done_when") : Rule.ALWAYS;
        Optional<String> doneBecause = yaml.optionalText(f, "done_because", what);
        Localized localBecause = yaml.localized(f, "because", because.orElse(""), node, what);
        Localized localDoneBecause = yaml.localized(f, "done_because", doneBecause.orElse(""), node, what);
        if (f.containsKey("done_when") != f.containsKey("done_because")) {
            yaml.problem(f.containsKey("done_when") ? f.get("done_when") : f.get("done_because"), what
                    + ": 'done_when' and 'done_because' go together (the reason shown for a step already done)");
        }
        int priority = 0;
        if (f.containsKey("priority")) {
            Optional<Double> p = yaml.number(f.get("priority"), what + ": priority");
            if (p.isPresent() && p.get() != Math.floor(p.get())) {
                yaml.problem(f.get("priority"), what + ": priority must be a whole number");
            }
            priority = p.orElse(0d).intValue();
        }
        List<String> after = new ArrayList<>();
        StepDefinition.Position position = StepDefinition.Position.END;
        Set<String> templateIds = new LinkedHashSet<>();
        if (optional) {
            for (Located a : yaml.texts(f.get("after"), what + " after")) {
                after.add(a.value());
                pendingAnchorRefs.add(new Ref(yaml.file(), a.line(), what, a.value()));
            }
            if (f.containsKey("position")) {
                String p = yaml.text(f.get("position"), what + " position").orElse("end");
                if (!p.equals("start") && !p.equals("end")) {
                    yaml.problem(f.get("position"), what + ": position must be 'start' or 'end', not '" + p + "'");
                }
                position = p.equals("start") ? StepDefinition.Position.START : StepDefinition.Position.END;
            }
            for (Located t : yaml.texts(f.get("templates"), what + " templates")) {
                templateIds.add(t.value());
                pendingTemplateRefs.add(new Ref(yaml.file(), t.line(), what, t.value()));
            }
        }
        if (id.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        String previous = stepFiles.putIfAbsent(id.get(), yaml.file());
        if (previous != null) {
            yaml.problem(f.get("id"), "duplicate step id '" + id.get() + "' (already used in " + previous + ")");
            return Optional.empty();
        }
        return Optional.of(new StepDefinition(id.get(), localTitle, localSummary, effort, guides, tools, faqs, checks,
                when, localBecause, unless, doneWhen, localDoneBecause, priority, after, position, templateIds,
                yaml.file()));
    }

    private record Ref(String file, int line, String what, String target) {
    }

    private final List<Ref> pendingTemplateRefs = new ArrayList<>();
    private final List<Ref> pendingAnchorRefs = new ArrayList<>();

    private List<StepDefinition.SelfCheck> checks(YamlSource yaml, Node n, String what) {
        List<StepDefinition.SelfCheck> checks = new ArrayList<>();
        if (n == null) {
            return checks;
        }
        Set<String> ids = new java.util.HashSet<>();
        for (Node item : yaml.sequence(n, what + " checks").orElse(List.of())) {
            yaml.mapping(item, what + " check", CHECK).ifPresent(c -> {
                Optional<String> id = yaml.identifier(c, "id", item, what + " check");
                Optional<String> text = yaml.requiredText(c, "text", item, what + " check");
                Localized localText = yaml.localized(c, "text", text.orElse(""), item,
                        what + " check '" + id.orElse("?") + "'");
                if (id.isPresent() && !ids.add(id.get())) {
                    yaml.problem(c.get("id"), what + ": duplicate check id '" + id.get() + "'");
                } else if (id.isPresent() && text.isPresent()) {
                    checks.add(new StepDefinition.SelfCheck(id.get(), localText));
                }
            });
        }
        return checks;
    }

    private List<String> links(YamlSource yaml, Node n, String what, Set<String> known, String kind, String folder) {
        List<String> out = new ArrayList<>();
        for (Located slug : yaml.texts(n, what)) {
            if (known != null && !known.contains(slug.value())) {
                yaml.problem(slug.line(), what + ": unknown " + kind + " '" + slug.value() + "' (no " + folder + "/"
                        + slug.value() + ".md)");
            } else {
                out.add(slug.value());
            }
        }
        return out;
    }

    /**
     * A map of facet to values, or a list of such maps (any of them). A facet takes a list of values
     * or a range {min, max} over its values in the questionnaire's order; the key {@code scores}
     * takes dimension ranges, e.g. {@code scores: {risorse: {min: 40, max: 69}}}.
     */
    private Rule rule(YamlSource yaml, Node n, String what) {
        List<Node> alternatives = n instanceof SequenceNode s ? s.getValue() : List.of(n);
        if (alternatives.isEmpty()) {
            yaml.problem(n, what + " must not be empty");
        }
        List<Rule.Alternative> anyOf = new ArrayList<>();
        for (Node alt : alternatives) {
            yaml.mapping(alt, what, null).ifPresent(m -> {
                if (m.isEmpty()) {
                    yaml.problem(alt, what + " must name at least one facet");
                }
                Map<String, Set<String>> facets = new LinkedHashMap<>();
                Map<String, Rule.ScoreRange> scores = new LinkedHashMap<>();
                m.forEach((facet, valuesNode) -> {
                    if (facet.equals("scores")) {
                        scoreRanges(yaml, valuesNode, what, scores);
                        return;
                    }
                    Set<String> known = catalog.facets() == null ? null : catalog.facets().get(facet);
                    if (catalog.facets() != null && known == null) {
                        yaml.problem(valuesNode, what + ": unknown facet '" + facet + "' (known: "
                                + String.join(", ", catalog.facets().keySet()) + ", or scores)");
                        return;
                    }
                    facets.put(facet, valuesNode instanceof MappingNode
                            ? valueRange(yaml, valuesNode, what, facet, known)
                            : valueList(yaml, valuesNode, what, facet, known));
                });
                anyOf.add(new Rule.Alternative(facets, scores));
            });
        }
        return new Rule(anyOf);
    }

    private Set<String> valueList(YamlSource yaml, Node valuesNode, String what, String facet, Set<String> known) {
        Set<String> values = new LinkedHashSet<>();
        List<Located> listed = yaml.texts(valuesNode, what + " " + facet);
        if (listed.isEmpty()) {
            yaml.problem(valuesNode, what + ": list at least one value for '" + facet + "'");
        }
        for (Located v : listed) {
            if (known != null && !known.contains(v.value())) {
                yaml.problem(v.line(), what + ": facet '" + facet + "' has no value '" + v.value()
                        + "' (known: " + String.join(", ", known) + ")");
            } else {
                values.add(v.value());
            }
        }
        return values;
    }

    /** {min: A, max: B} over the facet's values in their declared order, as the list of values between. */
    private Set<String> valueRange(YamlSource yaml, Node node, String what, String facet, Set<String> known) {
        Map<String, Node> r = yaml.mapping(node, what + " " + facet, RANGE).orElse(Map.of());
        if (r.isEmpty()) {
            yaml.problem(node, what + ": a range for '" + facet + "' needs min, max or both");
            return Set.of();
        }
        if (known == null) {
            yaml.problem(node, what + ": a range for '" + facet + "' needs the questionnaire's values");
            return Set.of();
        }
        List<String> order = new ArrayList<>(known);
        int from = 0;
        int to = order.size() - 1;
        for (var e : r.entrySet()) {
            String v = yaml.text(e.getValue(), what + " " + facet + " " + e.getKey()).orElse(null);
            if (v == null) {
                return Set.of();
            }
            int i = order.indexOf(v);
            if (i < 0) {
                yaml.problem(e.getValue(), what + ": facet '" + facet + "' has no value '" + v + "' (known, in order: "
                        + String.join(", ", order) + ")");
                return Set.of();
            }
            if (e.getKey().equals("min")) {
                from = i;
            } else {
                to = i;
            }
        }
        if (from > to) {
            yaml.problem(node, what + ": the range for '" + facet + "' is empty (min comes after max in the order "
                    + String.join(", ", order) + ")");
            return Set.of();
        }
        return new LinkedHashSet<>(order.subList(from, to + 1));
    }

    private void scoreRanges(YamlSource yaml, Node node, String what, Map<String, Rule.ScoreRange> out) {
        yaml.mapping(node, what + " scores", null).ifPresent(m -> m.forEach((dimension, rangeNode) -> {
            if (catalog.dimensions() != null && !catalog.dimensions().contains(dimension)) {
                yaml.problem(rangeNode, what + ": scores name an unknown dimension '" + dimension + "' (known: "
                        + String.join(", ", catalog.dimensions()) + ")");
                return;
            }
            Map<String, Node> r = yaml.mapping(rangeNode, what + " scores " + dimension, RANGE).orElse(null);
            if (r == null) {
                return;
            }
            if (r.isEmpty()) {
                yaml.problem(rangeNode, what + ": the score range for '" + dimension + "' needs min, max or both");
                return;
            }
            double min = r.containsKey("min") ? yaml.number(r.get("min"), what + " scores " + dimension + " min").orElse(-1d) : 0;
            double max = r.containsKey("max") ? yaml.number(r.get("max"), what + " scores " + dimension + " max").orElse(-1d) : 100;
            if (min < 0 || max < 0) {
                return; // not a number: reported
            }
            if (min > 100 || max > 100 || min > max) {
                yaml.problem(rangeNode, what + ": the score range for '" + dimension
                        + "' must lie within 0-100 with min not above max");
                return;
            }
            out.put(dimension, new Rule.ScoreRange(min, max));
        }));
    }

    private void settings(YamlSource yaml, Map<String, Node> f, String name) {
        if (settingsFile != null) {
            yaml.problem(1, "only one settings file is allowed (already " + settingsFile + ")");
            return;
        }
        settingsFile = name;
        List<PathSettings.Limit> hours = limits(yaml, f.get("hours_per_week"), "hours_per_week", "hours", false);
        List<PathSettings.Limit> weeks = limits(yaml, f.get("budget_weeks"), "budget_weeks", "weeks", false);
        List<PathSettings.Limit> max = limits(yaml, f.get("optional_limit"), "optional_limit", "max", true);
        String over = yaml.optionalText(f, "over_budget_because", "settings").orElse("");
        Localized localOver = yaml.localized(f, "over_budget_because", over, null, "settings");
        if (!weeks.isEmpty() && over.isBlank()) {
            yaml.problem(f.get("budget_weeks"), "settings: budget_weeks needs 'over_budget_because' (the reason shown "
                    + "for a step left out to fit the time budget)");
        }
        settings = new PathSettings(hours, weeks, max, localOver);
    }

    private List<PathSettings.Limit> limits(YamlSource yaml, Node n, String key, String valueKey, boolean needsBecause) {
        List<PathSettings.Limit> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        for (Node item : yaml.sequence(n, key).orElse(List.of())) {
            yaml.mapping(item, key, LIMIT).ifPresent(m -> {
                Rule when = m.containsKey("when") ? rule(yaml, m.get("when"), key + " when") : Rule.ALWAYS;
                Optional<String> because = yaml.optionalText(m, "because", key);
                Localized localBecause = yaml.localized(m, "because", because.orElse(""), item, key);
                if (needsBecause && because.isEmpty()) {
                    yaml.problem(item, key + ": missing required field 'because' (the reason shown for a step left out)");
                }
                if (!m.containsKey(valueKey)) {
                    yaml.problem(item, key + ": missing required field '" + valueKey + "'");
                    return;
                }
                yaml.number(m.get(valueKey), key + " " + valueKey).ifPresent(v -> {
                    if (v < 0 || (v == 0 && !valueKey.equals("max")) || v != Math.floor(v) && !valueKey.equals("hours")) {
                        yaml.problem(m.get(valueKey), key + ": " + valueKey + " must be "
                                + (valueKey.equals("hours") ? "more than 0" : "a whole number") + ", not " + v);
                    } else {
                        out.add(new PathSettings.Limit(when, v, localBecause));
                    }
                });
            });
        }
        return out;
    }

    private void crossChecks(boolean noFiles) {
        if (noFiles) {
            problems.add(new ContentProblem(FOLDER, 0, "no path files (paths/*.yaml) found"));
            return;
        }
        Map<String, PathTemplate> byId = new HashMap<>();
        Set<String> templateSteps = new java.util.HashSet<>();
        for (PathTemplate t : templates) {
            if (byId.putIfAbsent(t.id(), t) != null) {
                problems.add(new ContentProblem(t.file(), 1, "duplicate template id '" + t.id() + "'"));
            }
            t.steps().forEach(s -> templateSteps.add(s.id()));
        }
        for (Ref r : pendingTemplateRefs) {
            if (!byId.containsKey(r.target())) {
                problems.add(new ContentProblem(r.file(), r.line(), r.what() + " templates: unknown template '" + r.target() + "'"));
            }
        }
        Map<String, PathTemplate> together = new HashMap<>();
        templates.stream().filter(PathTemplate::keepsTogether)
                .forEach(t -> t.steps().stream().limit(Math.max(0, t.steps().size() - 1))
                        .forEach(s -> together.put(s.id(), t)));
        for (Ref r : pendingAnchorRefs) {
            if (!templateSteps.contains(r.target())) {
                problems.add(new ContentProblem(r.file(), r.line(), r.what() + " after: no template has a step '" + r.target() + "'"));
            } else if (together.containsKey(r.target())) {
                PathTemplate t = together.get(r.target());
                problems.add(new ContentProblem(r.file(), r.line(), r.what() + " after: '" + r.target()
                        + "' would split the steps of template '" + t.id() + "' (keep_together): name its last step '"
                        + t.steps().getLast().id() + "' or use position"));
            }
        }
        if (!templates.isEmpty() && templates.stream().noneMatch(t -> t.when().always())) {
            problems.add(new ContentProblem(templates.getFirst().file(), 1,
                    "no template applies to every profile: one template must have no 'when' (the fallback)"));
        }
        if (templates.isEmpty() && problems.isEmpty()) {
            problems.add(new ContentProblem(FOLDER, 0, "there is no path template (type: template)"));
        }
    }
}
