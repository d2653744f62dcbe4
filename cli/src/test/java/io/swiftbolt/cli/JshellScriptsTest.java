package io.swiftbolt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every documented example runs: each {@code docs/jshell/*.jsh} is executed by the jshell API
 * against the modules this build made (the test's own class and module path: every SwiftBolt
 * module is a dependency of the cli). A script that does not compile, throws, or fails one of its
 * {@code check(...)} calls fails its test, so the build fails.
 */
class JshellScriptsTest {

    private static final Path SCRIPTS = Path.of("..", "docs", "jshell");
    private static final Path RUNNER = Path.of("src", "test", "jshell", "JshellScripts.java");

    @TestFactory
    Stream<DynamicTest> everyDocumentedJshellScriptRuns() throws IOException, InterruptedException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(SCRIPTS)) {
            scripts = files.filter(p -> p.toString().endsWith(".jsh")).sorted().toList();
        }
        assertThat(scripts).as("scripts in %s", SCRIPTS.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(7);
        String classPath = Stream.of(System.getProperty("jdk.module.path"), System.getProperty("java.class.path"))
                .filter(s -> s != null && !s.isBlank()).reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true", "-cp", classPath, RUNNER.toString()));
        scripts.forEach(s -> command.add(s.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        int exit = process.exitValue();
        return scripts.stream().map(s -> DynamicTest.dynamicTest(s.getFileName().toString(), () -> {
            String name = s.getFileName().toString();
            assertThat(output).as("jshell output (exit %d):%n%s", exit, output).contains("@@ PASS " + name)
                    .doesNotContain("@@ FAIL " + name);
        }));
    }
}
