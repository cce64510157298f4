package io.github.loosmethod.testing;

import java.io.File;
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

/**
 * Runs javac's doclint, all groups, over the public and protected elements of a module's
 * hand-written sources, so that an undocumented method, a missing {@code @param} or broken HTML
 * fails the build. Generated {@code Immutable*} classes are not checked: they are compiled from,
 * not with, these sources. Shared by every module's tests.
 */
public final class JavadocContract {

    private JavadocContract() {
    }

    /**
     * Lists what doclint finds in the sources below a folder.
     *
     * @param sources the source root, such as {@code src/main/java}
     * @param out a scratch folder for the class files
     * @return one line per finding, {@code File.java:12: message}; empty when the contract holds
     * @throws IOException if the sources cannot be listed
     */
    public static List<String> findings(Path sources, Path out) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("module-info.java"))
                    .collect(Collectors.toList());
        }
        if (files.isEmpty()) {
            return List.of("no source under " + sources);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = new ArrayList<>(List.of("-Xdoclint:all/protected", "-proc:none", "-Xmaxwarns", "10000",
                "-d", out.toString(), "-classpath", classPath(), "--release", "17"));
        boolean compiled;
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ENGLISH, null)) {
            compiled = javac.getTask(new StringWriter(), fileManager, diagnostics, options, null,
                    fileManager.getJavaFileObjectsFromPaths(files)).call();
        }
        List<String> findings = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                .map(d -> (d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": ")
                        + d.getMessage(Locale.ENGLISH))
                .collect(Collectors.toCollection(ArrayList::new));
        if (!compiled && findings.isEmpty()) {
            findings.add("javac failed without a diagnostic");
        }
        return findings;
    }

    /** Tests may run on the module path; doclint compiles the sources as plain classes against both paths. */
    private static String classPath() {
        return Stream.of(System.getProperty("java.class.path"), System.getProperty("jdk.module.path"))
                .filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(File.pathSeparator));
    }
}
