package it.percorsi.content.internal;

import static it.percorsi.content.ContentLimits.SLUG_LIST_MAX_LENGTH;
import static it.percorsi.content.ContentLimits.SLUG_MAX_LENGTH;
import static it.percorsi.content.ContentLimits.SUMMARY_MAX_LENGTH;
import static it.percorsi.content.ContentLimits.TAGS_MAX_LENGTH;
import static it.percorsi.content.ContentLimits.TAG_MAX_LENGTH;
import static it.percorsi.content.ContentLimits.TITLE_MAX_LENGTH;

import it.percorsi.base.content.Checksums;
import it.percorsi.base.content.ContentProblem;
import it.percorsi.content.ContentIndex;
import it.percorsi.content.ContentKind;
import it.percorsi.content.FaqTopic;
import it.percorsi.content.GuideGroup;
import it.percorsi.content.GuideLevel;
import it.percorsi.content.ToolKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads the markdown part of a content folder (guides/, tools/, faq/) and checks everything a
 * trainer can get wrong, reporting every problem with file and line instead of stopping at the
 * first. Pure file reading: no Spring, no database, so the command line and the start-up import
 * share it.
 */
public final class ContentReader {

    private static final Map<ContentKind, Set<String>> FIELDS = Map.of(
            ContentKind.GUIDE, Set.of("slug", "title", "title_en", "summary", "summary_en", "level", "group", "tags",
                    "tools", "related"),
            ContentKind.TOOL, Set.of("slug", "title", "title_en", "summary", "summary_en", "kind", "tags", "related"),
            ContentKind.FAQ, Set.of("slug", "question", "question_en", "topic", "tags", "related"));

    private final Path root;
    private ImageCatalog.Scan images = ImageCatalog.Scan.EMPTY;
    private final List<ContentProblem> problems = new ArrayList<>();
    private final List<ContentProblem> warnings = new ArrayList<>();
    private final List<SourceFile> sources = new ArrayList<>();
    private final Map<ContentKind, Map<String, SourceFile>> bySlug = new EnumMap<>(ContentKind.class);
    private final Map<SourceFile, Meta> meta = new HashMap<>();
    /** File names of files whose slug could not be read: still known, so links to them do not cascade. */
    private final Map<ContentKind, Set<String>> unreadSlugs = new EnumMap<>(ContentKind.class);
    private int filesRead;

    private ContentReader(Path root) {
        this.root = root;
        for (ContentKind kind : ContentKind.values()) {
            bySlug.put(kind, new HashMap<>());
            unreadSlugs.put(kind, new java.util.HashSet<>());
        }
    }

    public static ContentSnapshot read(Path root) {
        return new ContentReader(root).run();
    }

    /** Fields read in the first pass, before references can be checked. */
    private record Meta(String slug, int slugLine, Instant modified) {
    }

    private ContentSnapshot run() {
        if (!Files.isDirectory(root)) {
            problems.add(new ContentProblem(".", 0, "content folder not found: " + root.toAbsolutePath()));
            return new ContentSnapshot(List.of(), problems, new ContentIndex(Set.of(), Set.of(), Set.of()), 0,
                    ImageCatalog.Scan.EMPTY, List.of());
        }
        images = ImageCatalog.scan(root);
        problems.addAll(images.problems());
        for (ContentKind kind : ContentKind.values()) {
            readFolder(kind);
        }
        ContentIndex index = new ContentIndex(known(ContentKind.GUIDE), known(ContentKind.TOOL),
                known(ContentKind.FAQ));
        List<DocumentSpec> documents = new ArrayList<>();
        for (SourceFile source : sources) {
            Optional<DocumentSpec> spec = source.frontMatterRead ? check(source, index) : Optional.empty();
            problems.addAll(source.problems);
            warnings.addAll(source.warnings);
            if (source.problems.isEmpty()) {
                spec.ifPresent(documents::add);
            }
        }
        return new ContentSnapshot(documents, problems, index, filesRead, images, warnings.stream().sorted().toList());
    }

    private Set<String> known(ContentKind kind) {
        Set<String> slugs = new java.util.HashSet<>(bySlug.get(kind).keySet());
        slugs.addAll(unreadSlugs.get(kind));
        return slugs;
    }

    private void readFolder(ContentKind kind) {
        Path dir = root.resolve(kind.folder());
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            problems.add(new ContentProblem(kind.folder(), 0, "cannot list the folder: " + e.getMessage()));
            return;
        }
        for (Path path : files) {
            String name = path.getFileName().toString();
            String file = kind.folder() + "/" + name;
            if (Files.isDirectory(path)) {
                continue;
            }
            if (!name.endsWith(".md")) {
                problems.add(new ContentProblem(file, 0, "not a markdown file: only .md files are read in "
                        + kind.folder() + "/"));
                continue;
            }
            readFile(kind, path, file);
        }
    }

    private void readFile(ContentKind kind, Path path, String file) {
        byte[] bytes;
        Instant modified;
        try {
            bytes = Files.readAllBytes(path);
            modified = Files.getLastModifiedTime(path).toInstant();
        } catch (IOException e) {
            problems.add(new ContentProblem(file, 0, "cannot read the file: " + e.getMessage()));
            return;
        }
        filesRead++;
        SourceFile source = SourceFile.parse(kind, file, bytes);
        sources.add(source);
        String stem = file.substring(file.lastIndexOf('/') + 1, file.length() - 3);
        if (!source.frontMatterRead) {
            unreadSlugs.get(kind).add(stem);
            return;
        }
        for (var field : source.fields.entrySet()) {
            if (!FIELDS.get(kind).contains(field.getKey())) {
                source.problem(source.line(field.getValue()), "unknown field '" + field.getKey()
                        + "' (a " + kind.name().toLowerCase() + " has: " + String.join(", ",
                        FIELDS.get(kind).stream().sorted().toList()) + ")");
            }
        }
        Optional<String> slug = source.requiredText("slug", SLUG_MAX_LENGTH);
        if (slug.isEmpty()) {
            unreadSlugs.get(kind).add(stem);
            return;
        }
        int slugLine = source.line(source.fields.get("slug"));
        if (!LinkTarget.SLUG.matcher(slug.get()).matches()) {
            source.problem(slugLine, "invalid slug '" + slug.get()
                    + "': use lower-case letters, digits and single hyphens, e.g. focus-group");
            unreadSlugs.get(kind).add(stem);
            return;
        }
        if (!slug.get().equals(stem)) {
            source.problem(slugLine, "slug '" + slug.get() + "' must match the file name: rename the file to "
                    + slug.get() + ".md or set slug: " + stem);
        }
        SourceFile first = bySlug.get(kind).putIfAbsent(slug.get(), source);
        if (first != null) {
            source.problem(slugLine, "duplicate slug '" + slug.get() + "': already used by " + first.file);
        }
        meta.put(source, new Meta(slug.get(), slugLine, modified));
    }

    /** Second pass: values, references and the body. */
    private Optional<DocumentSpec> check(SourceFile source, ContentIndex index) {
        ContentKind kind = source.kind;
        Meta m = meta.get(source);
        boolean faq = kind == ContentKind.FAQ;
        Optional<String> title = source.requiredText(faq ? "question" : "title", TITLE_MAX_LENGTH);
        Optional<String> summary = faq ? Optional.of("") : source.requiredText("summary", SUMMARY_MAX_LENGTH);
        String titleEn = title.isPresent() ? source.english(faq ? "question" : "title", TITLE_MAX_LENGTH) : null;
        String summaryEn = faq || summary.isEmpty() ? null : source.english("summary", SUMMARY_MAX_LENGTH);
        GuideLevel level = kind == ContentKind.GUIDE
                ? code(source, "level", GuideLevel::fromCode, GuideLevel.codes()) : null;
        GuideGroup group = kind == ContentKind.GUIDE
                ? code(source, "group", GuideGroup::fromCode, GuideGroup.codes()) : null;
        ToolKind toolKind = kind == ContentKind.TOOL ? code(source, "kind", ToolKind::fromCode, ToolKind.codes()) : null;
        FaqTopic topic = faq ? code(source, "topic", FaqTopic::fromCode, FaqTopic.codes()) : null;
        List<String> tags = tags(source);
        List<String> tools = kind == ContentKind.GUIDE
                ? references(source, "tools", index::hasTool, "tool", "tools/") : List.of();
        List<String> related = references(source, "related", index::hasGuide, "guide", "guides/");
        if (m != null && related.contains(m.slug())) {
            source.problem(m.slugLine(), "'related' lists the guide itself");
        }
        BodyChecker.check(source, index, images);
        if (m == null || !source.problems.isEmpty() || title.isEmpty() || summary.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DocumentSpec(kind, source.file, m.slug(), title.get(), summary.get(), titleEn,
                summaryEn, level, group,
                toolKind, topic, tags, tools, related, source.body.strip(), Checksums.sha256(source.bytes), m.modified()));
    }

    private static <E> E code(SourceFile source, String field, Function<String, Optional<E>> parse, String codes) {
        Optional<String> value = source.requiredText(field, 40);
        if (value.isEmpty()) {
            return null;
        }
        Optional<E> parsed = parse.apply(value.get());
        if (parsed.isEmpty()) {
            source.problem(source.fields.get(field), "unknown " + field + " '" + value.get() + "': use " + codes);
        }
        return parsed.orElse(null);
    }

    private static List<String> tags(SourceFile source) {
        Set<String> tags = new LinkedHashSet<>();
        for (SourceFile.Item item : source.list("tags")) {
            if (item.value().length() > TAG_MAX_LENGTH) {
                source.problem(item.line(), "tag '" + item.value() + "' is too long (at most " + TAG_MAX_LENGTH
                        + " characters)");
            } else if (item.value().contains("\n") || item.value().contains(",")) {
                source.problem(item.line(), "tag '" + item.value() + "' must not contain commas or line breaks");
            } else {
                tags.add(item.value());
            }
        }
        if (String.join("\n", tags).length() > TAGS_MAX_LENGTH) {
            source.problem(source.line(source.fields.get("tags")), "too many tags");
        }
        return List.copyOf(tags);
    }

    private static List<String> references(SourceFile source, String field, Function<String, Boolean> exists,
                                           String what, String folder) {
        Set<String> slugs = new LinkedHashSet<>();
        for (SourceFile.Item item : source.list(field)) {
            if (!exists.apply(item.value())) {
                source.problem(item.line(), "'" + field + "' names a " + what + " that does not exist: '"
                        + item.value() + "' (no " + folder + item.value() + ".md)");
            } else if (!slugs.add(item.value())) {
                source.problem(item.line(), "'" + field + "' lists '" + item.value() + "' twice");
            }
        }
        if (String.join("\n", slugs).length() > SLUG_LIST_MAX_LENGTH) {
            source.problem(source.line(source.fields.get(field)), "'" + field + "' is too long");
        }
        return List.copyOf(slugs);
    }
}
