package it.percorsi;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import it.percorsi.base.ui.DateTimes;
import jakarta.persistence.Entity;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.Repository;

/**
 * Layering rules Spring Modulith does not check: services never reach into a view, views never
 * touch a repository, and the classes of one module never depend on each other in a circle.
 */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("it.percorsi");

    @Test
    void code_outside_the_ui_packages_never_depends_on_ui() {
        // A security configuration must name the login view (Vaadin's configurer takes its class).
        ArchRule rule = noClasses().that().resideOutsideOfPackage("..ui..")
                .and().areNotAnnotatedWith(Configuration.class)
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .because("services and domain classes must work without Vaadin views");
        rule.check(CLASSES);
    }

    @Test
    void views_never_touch_a_repository() {
        ArchRule rule = noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("views call their feature's services, which own transactions and security");
        rule.check(CLASSES);
    }

    @Test
    void views_format_dates_only_through_the_shared_helper() {
        ArchRule rule = noClasses().that().resideInAPackage("..ui..").and().doNotHaveFullyQualifiedName(DateTimes.class.getName())
                .should().dependOnClassesThat().haveFullyQualifiedName(DateTimeFormatter.class.getName())
                .because("dates follow the user's locale and the portal's zone (base.ui.DateTimes)");
        rule.check(CLASSES);
    }

    @Test
    void no_module_has_classes_that_depend_on_each_other_in_a_cycle() {
        // JPA associations in both directions (a document and its revisions) are one aggregate, not a cycle.
        slices().assignedFrom(new ClassesOfOneModule()).should().beFreeOfCycles()
                .ignoreDependency(annotatedWith(Entity.class), annotatedWith(Entity.class))
                .check(CLASSES);
    }

    /**
     * One slice per top-level class outside the views, so a cycle between two classes of a
     * module (an API service and its internal entity reading each other's constants) is
     * reported; nested classes belong to their top-level class. Views and their UI helpers link
     * to each other by design (a card links to the page it opens) and are left out.
     */
    private static final class ClassesOfOneModule implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getName();
            if (!name.startsWith("it.percorsi.") || javaClass.getPackageName().contains(".ui")) {
                return SliceIdentifier.ignore();
            }
            int nested = name.indexOf('$');
            return SliceIdentifier.of(nested < 0 ? name : name.substring(0, nested));
        }

        @Override
        public String getDescription() {
            return "top-level classes of it.percorsi";
        }
    }
}
