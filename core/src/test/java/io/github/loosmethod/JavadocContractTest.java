package io.github.loosmethod;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public type and member of the hand-written sources has Javadoc, with its parameters,
 * return value and exceptions, in well-formed HTML: javac's doclint, all groups, on public and
 * protected elements. The generated {@code Immutable*} classes are not checked (they are compiled
 * from, not with, these sources).
 */
class JavadocContractTest {

    /** Tests run on the module path; doclint compiles the sources as plain classes against both paths. */
    private static String classPath() {
        return Stream.of(System.getProperty("java.class.path"), System.getProperty("jdk.module.path"))
                .filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(java.io.File.pathSeparator));
    }

    @Test
    void every_public_element_of_core_has_complete_javadoc(@TempDir Path out) throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
            sources = walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("module-info.java"))
                    .collect(Collectors.toList());
        }
        assertThat(sources).hasSizeGreaterThan(30);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = new ArrayList<>(List.of("-Xdoclint:all/protected", "-proc:none", "-Xmaxwarns", "10000",
                "-d", out.toString(), "-classpath", classPath(), "--release", "17"));
        boolean compiled;
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ENGLISH, null)) {
            compiled = javac.getTask(new StringWriter(), files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
        }

        List<String> findings = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                .map(d -> (d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": ")
                        + d.getMessage(Locale.ENGLISH))
                .collect(Collectors.toList());
        assertThat(findings).as("doclint findings").isEmpty();
        assertThat(compiled).isTrue();
    }
}
