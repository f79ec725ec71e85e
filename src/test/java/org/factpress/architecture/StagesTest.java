package org.factpress.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's stages, bottom first, as docs/architecture.md draws them: each package may use only the packages
 * below it. A new import that runs upward, or a cycle between packages, fails here with the class that made it.
 */
class StagesTest {
    /** Bottom first. {@code build}, {@code serve} and {@code cli} are the thin top. */
    static final List<String> STAGES = List.of("diagnostics", "model", "incremental", "text", "load", "check", "view",
            "theme", "html", "print", "publish", "build", "serve", "cli");

    private static JavaClasses classes;

    @BeforeAll
    static void read() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.factpress");
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.factpress.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyImportRunsDownward() {
        LayeredArchitecture stages = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String s : STAGES) {
            stages = stages.layer(s).definedBy("org.factpress." + s + "..");
        }
        for (int i = 0; i < STAGES.size() - 1; i++) {
            String[] above = STAGES.subList(i + 1, STAGES.size()).toArray(String[]::new);
            stages = stages.whereLayer(STAGES.get(i)).mayOnlyBeAccessedByLayers(above);
        }
        stages = stages.whereLayer("cli").mayNotBeAccessedByAnyLayer();
        stages.check(classes);
    }

    @Test
    void everyPackageIsAStage() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().should()
                .resideInAnyPackage(STAGES.stream().map(s -> "org.factpress." + s + "..").toArray(String[]::new))
                .check(classes);
    }
}
