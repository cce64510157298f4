package io.github.loosmethod.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.loosmethod.initiative.Initiative;
import io.github.loosmethod.initiative.InitiativeStatus;
import io.github.loosmethod.serialization.LoosJson;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The getting-started guide, in English and in French, run as a newcomer runs it: its Java blocks
 * put together as the guide says (the imports, then the body of a {@code main} method), compiled
 * with the JDK's compiler against what a new project with the guide's dependencies has on its class
 * path (not the testkit, interop or the examples), run as a separate program in an empty folder,
 * and its output compared with what the guide says it prints. The files it writes are read back: a
 * valid initiative and a portfolio of two lines. Its Maven snippet, and the READMEs', must name the
 * project's real group, artifacts and version.
 */
class GettingStartedTest {

    /** Tests run in the examples module; the guides are under the repository's root. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Pattern BLOCK = Pattern.compile("(?m)^```(\\w+)\\n(.*?)^```$", Pattern.DOTALL);

    /** The fenced blocks of a page of a given language ({@code java}, {@code xml}, {@code text}), in order. */
    static List<String> blocks(String page, String language) {
        List<String> blocks = new ArrayList<>();
        Matcher block = BLOCK.matcher(page);
        while (block.find()) {
            if (block.group(1).equals(language)) {
                blocks.add(block.group(2));
            }
        }
        return blocks;
    }

    /**
     * The program the guide's Java blocks make, as the guide says to put them together: the import
     * lines above the class its first text block shows, every other line in place of its {@code // …}.
     */
    static String program(String guide) {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String block : blocks(guide, "java")) {
            for (String line : block.lines().toList()) {
                (line.startsWith("import ") ? imports : body).append(line).append('\n');
            }
        }
        String skeleton = blocks(guide, "text").get(0);
        assertThat(skeleton).as("the class the guide's blocks go into").contains("        // …\n");
        return imports + "\n" + skeleton.replace("        // …\n", body.toString());
    }

    /**
     * What a newcomer's project has on its class path: the two artifacts the guide names and what
     * they bring (Jackson 2, the SLF4J API), and the SLF4J binding the guide advises. Nothing of the
     * testkit, interop or the examples, so that the guide cannot lean on them.
     */
    private static final Pattern NEWCOMER = Pattern.compile(
            ".*([/\\\\]loos-method-(core|serialization)-[^/\\\\]*\\.jar|[/\\\\](core|serialization)[/\\\\]target[/\\\\]classes[/\\\\]?"
                    + "|[/\\\\]jackson-(core|databind|annotations)-[^/\\\\]*\\.jar|[/\\\\]slf4j-(api|simple)-[^/\\\\]*\\.jar)");

    /** The entries of this test's class path a newcomer's project would have. */
    static String classPath() {
        String all = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> kept = new ArrayList<>();
        for (String entry : all.split(File.pathSeparator)) {
            if (NEWCOMER.matcher(entry).matches()) {
                kept.add(entry);
            }
        }
        assertThat(String.join(" ", kept)).as("the newcomer's class path, taken from " + all)
                .containsPattern("loos-method-core-|core[/\\\\]target[/\\\\]classes")
                .containsPattern("loos-method-serialization-|serialization[/\\\\]target[/\\\\]classes")
                .contains("jackson-databind-").contains("slf4j-api-");
        return String.join(File.pathSeparator, kept);
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs/getting-started.md", "docs/fr/getting-started.md"})
    void the_guide_s_code_runs_and_prints_what_the_guide_shows(String page, @TempDir Path folder) throws Exception {
        String guide = Files.readString(ROOT.resolve(page), StandardCharsets.UTF_8);
        Path source = folder.resolve("src/GettingStarted.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, program(guide), StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(folder.resolve("classes"));

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int compiled = javac.run(null, diagnostics, diagnostics, "-encoding", "UTF-8", "-Xlint:all", "-Werror", "-classpath", classPath(),
                "-d", classes.toString(), source.toString());
        assertThat(compiled).as("the guide's code compiles:\n" + diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        Path work = Files.createDirectories(folder.resolve("project"));
        Path out = folder.resolve("out.txt");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xshare:off", "-cp", classes + File.pathSeparator + classPath(),
                "GettingStarted").directory(work.toFile()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the guide's program ended").isTrue();
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(printed).isZero();

        List<String> texts = blocks(guide, "text");
        assertThat(printed).as("what the program prints, as the last text block of " + page + " shows it")
                .isEqualTo(texts.get(texts.size() - 1));

        Initiative stored = LoosJson.strict().readInitiative(Files.readAllBytes(work.resolve("flower-boxes.json")));
        assertThat(stored.validate().isValid()).isTrue();
        assertThat(stored.status()).isEqualTo(InitiativeStatus.AGREED);
        assertThat(Files.readAllLines(work.resolve("portfolio.jsonl"))).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs/getting-started.md", "docs/fr/getting-started.md"})
    void the_guide_s_dependencies_are_the_project_s_artifacts(String page) throws Exception {
        String guide = Files.readString(ROOT.resolve(page), StandardCharsets.UTF_8);
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        String group = tag(parent.substring(0, parent.indexOf("<modules>")), "groupId").get(0);
        String version = tag(parent.substring(0, parent.indexOf("<modules>")), "version").get(0);
        List<String> blocks = blocks(guide, "xml");
        assertThat(blocks).as("the Maven snippet of " + page).hasSize(1);
        String snippet = blocks.get(0);

        assertThat(tag(snippet, "groupId")).as("the groupIds").containsOnly(group);
        assertThat(tag(snippet, "version")).as("the versions").containsOnly(version);
        assertThat(tag(snippet, "artifactId")).as("the artifactIds")
                .containsExactly(artifactId("core"), artifactId("serialization"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "README.fr.md"})
    void the_readme_s_dependency_is_the_project_s_core(String page) throws Exception {
        String readme = Files.readString(ROOT.resolve(page), StandardCharsets.UTF_8);
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        String head = parent.substring(0, parent.indexOf("<modules>"));
        List<String> blocks = blocks(readme, "xml");
        assertThat(blocks).as("the Maven snippet of " + page).hasSize(1);

        assertThat(tag(blocks.get(0), "groupId")).containsExactly(tag(head, "groupId").get(0));
        assertThat(tag(blocks.get(0), "artifactId")).containsExactly(artifactId("core"));
        assertThat(tag(blocks.get(0), "version")).containsExactly(tag(head, "version").get(0));
    }

    /** The artifactId a module's pom declares (the first after its parent). */
    private static String artifactId(String module) throws Exception {
        String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
        return tag(pom.substring(pom.indexOf("</parent>")), "artifactId").get(0);
    }

    private static List<String> tag(String xml, String name) {
        List<String> values = new ArrayList<>();
        Matcher tag = Pattern.compile("<" + name + ">([^<]*)</" + name + ">").matcher(xml);
        while (tag.find()) {
            values.add(tag.group(1).strip());
        }
        return values;
    }
}
