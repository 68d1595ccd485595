package it.percorsi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Navigation without copied strings: every route is written once, in its feature's navigation
 * class (…Routes, or SiteChrome for the pages of the frame), and every page has a translated
 * title of its own.
 */
class NavigationTest {

    /** Where a route may be spelled out. */
    private static final Pattern NAVIGATION_CLASS = Pattern.compile(".*/(\\w+Routes|SiteChrome)\\.java");
    /** Calls that take a route: links, navigation, forwards, form actions, absolute mail links. */
    private static final Pattern NAVIGATION_CALL = Pattern.compile(
            "Anchor\\(|RouterLink\\(|navigate\\(|setHref\\(|setAction\\(|forwardTo\\(|rerouteTo\\(|loginView\\(|absolute\\(|baseUrl");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void no_view_has_a_literal_page_title() {
        noClasses().should().beAnnotatedWith(PageTitle.class)
                .because("a literal @PageTitle gives every tab the same untranslated title; implement HasDynamicTitle")
                .check(ArchitectureTest.CLASSES);
    }

    @Test
    void every_route_has_a_translated_title_of_its_own() {
        classes().that().areAnnotatedWith(Route.class).should().implement(HasDynamicTitle.class)
                .because("every browser tab and history entry names its page, in the user's language")
                .check(ArchitectureTest.CLASSES);
    }

    @Test
    void routes_are_spelled_only_in_the_navigation_classes() throws IOException {
        Set<String> routes = new TreeSet<>();
        for (JavaClass view : ArchitectureTest.CLASSES) {
            if (view.isAnnotatedWith(Route.class)) {
                String template = view.getAnnotationOfType(Route.class).value();
                String fixed = template.replaceAll("/?:.*$", "");
                if (!fixed.isEmpty()) {
                    routes.add(fixed);
                }
            }
        }
        assertThat(routes).as("routes found").contains("percorso", "autovalutazione", "login", "guide", "assistenza");

        List<String> copies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (NAVIGATION_CLASS.matcher(file.toString().replace('\\', '/')).matches()) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                        continue;
                    }
                    boolean navigates = NAVIGATION_CALL.matcher(line).find();
                    Matcher m = STRING_LITERAL.matcher(line);
                    while (m.find()) {
                        String literal = m.group(1).startsWith("/") ? m.group(1).substring(1) : m.group(1);
                        for (String route : routes) {
                            // a bare word is a route only where a link is made ("guide" is also a content kind)
                            boolean copied = navigates && literal.equals(route)
                                    || literal.startsWith(route + "/") || literal.startsWith(route + "?");
                            if (copied) {
                                copies.add(file + ":" + (i + 1) + " spells route \"" + route + "\": " + line);
                            }
                        }
                    }
                }
            }
        }
        assertThat(copies).as("route strings outside the navigation classes").isEmpty();
    }
}
