package io.github.loosmethod;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages of core depend on one another in one direction, so that each can be understood,
 * tested and changed from the ones below it, and no change below can be forced by one above. Read
 * from core's compiled main classes ({@code target/classes}), generated {@code Immutable*} classes
 * included, test classes and the testkit excluded.
 */
class ArchitectureTest {

    private static final String ROOT = "io.github.loosmethod";

    /**
     * The intended direction, written down: each package of core (by its name under the root, the
     * root itself as "") and the packages it may depend on. Values of the method at the bottom
     * (the root's texts, decimals and exception; the rule catalogue; actors and the involvement
     * ladder), then conventions, evaluations, initiatives that use all of them, and the portfolio's
     * reports on top, which only the wire contract depends on; the interchange format and its wire
     * contract, which read and write every type, sit above them all.
     */
    private static final Map<String, Set<String>> MAY_DEPEND_ON = new LinkedHashMap<>();

    static {
        MAY_DEPEND_ON.put("", Set.of());
        MAY_DEPEND_ON.put("validation", Set.of(""));
        MAY_DEPEND_ON.put("provenance", Set.of(""));
        MAY_DEPEND_ON.put("actor", Set.of("", "provenance"));
        MAY_DEPEND_ON.put("involvement", Set.of(""));
        MAY_DEPEND_ON.put("commitment", Set.of("", "actor", "involvement"));
        MAY_DEPEND_ON.put("evaluation", Set.of("", "provenance", "actor", "involvement", "commitment", "validation"));
        MAY_DEPEND_ON.put("initiative", Set.of("", "provenance", "actor", "involvement", "commitment", "validation", "evaluation"));
        MAY_DEPEND_ON.put("portfolio", Set.of("", "provenance", "actor", "involvement", "commitment", "validation", "evaluation", "initiative"));
        MAY_DEPEND_ON.put("interchange", Set.of("", "provenance", "actor", "involvement", "commitment", "validation", "evaluation", "initiative"));
        MAY_DEPEND_ON.put("interchange.wire", Set.of("", "provenance", "actor", "involvement", "commitment", "validation", "evaluation", "initiative",
                "portfolio", "interchange"));
    }

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() throws URISyntaxException {
        // Where the main classes were loaded from: target/classes, apart from the test classes beside them.
        Path main = Path.of(Vocabulary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(main).isDirectory();
        assertThat(Files.exists(main.resolve("io/github/loosmethod/ArchitectureTest.class"))).as(main.toString()).isFalse();
        classes = new ClassFileImporter().importPath(main);
    }

    private static String packageName(String name) {
        return name.isEmpty() ? ROOT : ROOT + "." + name;
    }

    @Test
    void core_is_made_of_the_packages_of_the_intended_direction_only() {
        Set<String> packages = classes.stream().map(JavaClass::getPackageName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> intended = MAY_DEPEND_ON.keySet().stream().map(ArchitectureTest::packageName)
                .collect(Collectors.toCollection(TreeSet::new));

        // A new package must be placed in the direction above; the testkit's worked cases are not core's.
        assertThat(packages).isEqualTo(intended);
        assertThat(classes.size()).isGreaterThan(100);
        noClasses().should().resideInAnyPackage(ROOT + ".testkit..", ROOT + ".cases..").check(classes);
    }

    @Test
    void no_cycle_between_the_packages_of_core() {
        slices().matching("io.github.(**)").namingSlices("$1").should().beFreeOfCycles().check(classes);
    }

    @Test
    void each_package_depends_only_on_those_below_it() {
        for (Map.Entry<String, Set<String>> entry : MAY_DEPEND_ON.entrySet()) {
            List<String> forbidden = new ArrayList<>();
            for (String other : MAY_DEPEND_ON.keySet()) {
                if (!other.equals(entry.getKey()) && !entry.getValue().contains(other)) {
                    forbidden.add(packageName(other));
                }
            }
            if (forbidden.isEmpty()) {
                continue;
            }
            noClasses().that().resideInAPackage(packageName(entry.getKey()))
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                    .as("classes of " + packageName(entry.getKey()) + " depend only on " + entry.getValue().stream()
                            .map(ArchitectureTest::packageName).sorted().collect(Collectors.toList()))
                    .check(classes);
        }
    }

    @Test
    void nothing_but_the_wire_contract_depends_on_the_portfolio() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".portfolio", ROOT + ".interchange.wire")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".portfolio").check(classes);
    }
}
