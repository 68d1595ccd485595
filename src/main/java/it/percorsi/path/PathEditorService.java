package it.percorsi.path;

import it.percorsi.account.CurrentUserProvider;
import it.percorsi.assessment.Profile;
import it.percorsi.assessment.Questionnaire;
import it.percorsi.assessment.QuestionnaireDefinitions;
import it.percorsi.assessment.QuestionnaireReader;
import it.percorsi.assessment.Scoring;
import it.percorsi.base.content.ContentProblem;
import it.percorsi.content.GuideService;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The portal's YAML editor for the path library (content/paths/*.yaml) and the questionnaire
 * (content/assessment/questionnaire.yaml), TRAINER / ADMIN only. An edited file is checked by the
 * content folder's own readers — {@link PathLibraryReader} for the whole library with the edited
 * file in place, {@link QuestionnaireReader} for the questionnaire and then every path rule
 * against its facets — with the guides, tools and FAQs published in the portal. Problems carry
 * the file and line. "Validate" stores nothing; "publish" stores a new version only when there is
 * no problem, and that version is in use at once and after a restart. "Try" shows the path the
 * engine would recommend with the edited, unpublished text, storing nothing.
 */
@Service
public class PathEditorService {

    /** The message of a publication refused because another one happened since the file was opened. */
    public static final String CONFLICT = "someone else published a new version since you opened the file: "
            + "copy your text, reopen the file and apply your changes again";

    private final PathDefinitions paths;
    private final QuestionnaireDefinitions questionnaire;
    private final GuideService guides;
    private final CurrentUserProvider currentUser;

    PathEditorService(PathDefinitions paths, QuestionnaireDefinitions questionnaire, GuideService guides,
                      CurrentUserProvider currentUser) {
        this.paths = paths;
        this.questionnaire = questionnaire;
        this.guides = guides;
        this.currentUser = currentUser;
    }

    /** What a check found: problems (errors keep the text from being published) and warnings. */
    public record Check(List<ContentProblem> problems, List<ContentProblem> warnings) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** A step of a tried path: its title, effort and the reasons it is in the path. */
    public record TriedStep(String id, String title, double effortHours, List<String> reasons) {
    }

    /** A step left out of a tried path, with the reason. */
    public record LeftOutStep(String id, String title, String reason) {
    }

    /** The outcome of "try": the problems of the edited text, or the path the engine would recommend. */
    public record Trial(Check check, String templateId, String templateTitle, String templateReason,
                        List<TriedStep> steps, List<LeftOutStep> leftOut, double effortHours) {
        public boolean ok() {
            return check.ok();
        }
    }

    /** The files that can be edited: the path files in use and the questionnaire, by path relative to the content root. */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public List<String> files() {
        List<String> files = new ArrayList<>(paths.sourcesInUse().keySet());
        files.add(QuestionnaireReader.FILE);
        return files;
    }

    /** The text in use of a file (empty for an unknown file). */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public Optional<String> source(String file) {
        if (QuestionnaireReader.FILE.equals(file)) {
            return questionnaire.sourceInUse();
        }
        return Optional.ofNullable(paths.sourcesInUse().get(file));
    }

    /**
     * The version of the content folder not used because a portal publication is in use, if
     * any, for the file's definition (the editor says the folder differs).
     */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public boolean folderDiffers(String file) {
        return QuestionnaireReader.FILE.equals(file) ? questionnaire.folderVersionNotUsed().isPresent()
                : paths.folderVersionNotUsed().isPresent();
    }

    /**
     * Makes the content folder's version of the file's definition the one in use again (the
     * way back from a portal publication); returns the folder's problems (empty when it loaded).
     */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public List<ContentProblem> reloadFromFolder(String file) {
        return QuestionnaireReader.FILE.equals(file) ? questionnaire.reload() : paths.reload();
    }

    /** Checks an edited file as the content validator would; stores nothing. */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public Check validate(String file, String text) {
        return edited(file, text).check();
    }

    /**
     * The version in use of the file's definition (checksum of the whole path library, or of the
     * questionnaire): the editor keeps it from when the file was opened, to detect a concurrent publication.
     */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public String versionInUse(String file) {
        return QuestionnaireReader.FILE.equals(file) ? questionnaire.current().checksum() : paths.current().checksum();
    }

    /** Publishes an edited file when it has no problem; otherwise stores nothing and returns the problems. */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public Check publish(String file, String text) {
        return publish(file, text, null);
    }

    /**
     * Publishes an edited file only if the version in use is still {@code openedVersion} (from
     * {@link #versionInUse} when the editor opened the file; null = do not check). If someone else
     * published meanwhile, nothing is stored and the check says so; the typed text stays with the caller.
     */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public synchronized Check publish(String file, String text, String openedVersion) {
        if (openedVersion != null && !openedVersion.equals(versionInUse(file))) {
            return new Check(List.of(new ContentProblem(String.valueOf(file), 0, CONFLICT)), List.of());
        }
        Edited edited = edited(file, text);
        if (!edited.check().ok()) {
            return edited.check();
        }
        String by = currentUser.require().email();
        if (QuestionnaireReader.FILE.equals(file)) {
            questionnaire.publish(text, by);
        } else {
            paths.publish(edited.sources(), by);
        }
        return edited.check();
    }

    /**
     * The path the engine would recommend with the edited (unpublished) text for these answers
     * (question id to option values of the questionnaire, the edited one when that is the file).
     */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public Trial tryIt(String file, String text, Map<String, List<String>> answers) {
        Edited edited = edited(file, text);
        if (!edited.check().ok() || edited.library() == null) {
            return new Trial(edited.check(), null, null, null, List.of(), List.of(), 0);
        }
        PathLibrary library = edited.library();
        Profile profile = Scoring.profile(edited.questionnaire(), answers);
        Recommendation rec = RecommendationEngine.recommend(library, profile);
        List<TriedStep> steps = rec.steps().stream().map(s -> {
            StepDefinition def = library.step(s.stepId()).orElse(null);
            return new TriedStep(s.stepId(), def == null ? s.stepId() : def.title().it(),
                    def == null ? 0 : def.effortHours(), s.reasons());
        }).toList();
        List<LeftOutStep> left = rec.leftOut().stream().map(l -> new LeftOutStep(l.stepId(),
                library.step(l.stepId()).map(d -> d.title().it()).orElse(l.stepId()), l.reason())).toList();
        return new Trial(edited.check(), rec.templateId(), rec.templateTitle(), rec.templateReason(), steps, left,
                rec.effortHours());
    }

    /** The questionnaire the "try" form asks: the edited one when it is the file and valid, else the one in use. */
    @PreAuthorize("hasAnyRole('TRAINER','ADMIN')")
    public Questionnaire questionnaireFor(String file, String text) {
        if (QuestionnaireReader.FILE.equals(file) && text != null) {
            var parsed = QuestionnaireReader.parse(text, null, null).questionnaire();
            if (parsed.isPresent()) {
                return parsed.get();
            }
        }
        return questionnaire.current();
    }

    private record Edited(Check check, SortedMap<String, String> sources, Questionnaire questionnaire,
                          PathLibrary library) {
    }

    private Edited edited(String file, String text) {
        String body = text == null ? "" : text;
        SortedMap<String, String> sources = new TreeMap<>(paths.sourcesInUse());
        if (QuestionnaireReader.FILE.equals(file)) {
            var read = QuestionnaireReader.parse(body, published(guides::findGuide), published(guides::findTool));
            List<ContentProblem> problems = new ArrayList<>(read.problems());
            List<ContentProblem> warnings = new ArrayList<>(read.warnings());
            if (read.questionnaire().isEmpty()) {
                return new Edited(new Check(sorted(problems), sorted(warnings)), sources, null, null);
            }
            // every path rule must still match the edited questionnaire's facets and values
            var library = PathLibraryReader.parse(sources, catalog(read.questionnaire().get()));
            problems.addAll(library.problems());
            return new Edited(new Check(sorted(problems), sorted(warnings)), sources, read.questionnaire().get(),
                    library.library().orElse(null));
        }
        if (file == null || !sources.containsKey(file)) {
            return new Edited(new Check(List.of(new ContentProblem(String.valueOf(file), 0,
                    "not a file of the path library")), List.of()), sources, null, null);
        }
        sources.put(file, body);
        Questionnaire q = questionnaire.current();
        var library = PathLibraryReader.parse(sources, catalog(q));
        List<ContentProblem> problems = library.problems().stream()
                .sorted((a, b) -> Boolean.compare(!a.file().equals(file), !b.file().equals(file))).toList();
        List<ContentProblem> warnings = library.warnings().stream().filter(w -> w.file().equals(file)).toList();
        return new Edited(new Check(problems, warnings), sources, q, library.library().orElse(null));
    }

    private PathLibraryReader.Catalog catalog(Questionnaire q) {
        return PathLibraryReader.Catalog.of(q, published(guides::findGuide), published(guides::findTool),
                published(guides::findFaq));
    }

    private static List<ContentProblem> sorted(List<ContentProblem> problems) {
        return problems.stream().sorted().toList();
    }

    /** The slugs published in the portal, answering "contains" only (all the readers ask). */
    private static Set<String> published(java.util.function.Function<String, Optional<?>> find) {
        Predicate<String> exists = slug -> find.apply(slug).isPresent();
        return new AbstractSet<>() {
            @Override
            public boolean contains(Object o) {
                return o instanceof String s && exists.test(s);
            }

            @Override
            public Iterator<String> iterator() {
                return Collections.emptyIterator();
            }

            @Override
            public int size() {
                return 0;
            }
        };
    }
}
