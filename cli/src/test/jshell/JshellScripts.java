import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Runs jshell scripts the way a reader would paste them, and fails on the first snippet that does
 * not compile, throws, or stays unresolved. Launched as a single-file program by
 * {@code JshellScriptsTest} (java JshellScripts.java a.jsh b.jsh ...) with the built modules on
 * the class path, so it runs in the unnamed module, which reads {@code jdk.jshell}.
 *
 * <p>Prints one line per script, {@code @@ PASS name} or {@code @@ FAIL name: reason}, and exits
 * with 1 if any failed. Lines starting with {@code /} (jshell commands such as {@code /exit}) are
 * skipped: the API has no commands.
 */
public final class JshellScripts {

    public static void main(String[] args) throws Exception {
        String classPath = System.getProperty("java.class.path");
        int failed = 0;
        for (String arg : args) {
            Path file = Path.of(arg);
            String name = file.getFileName().toString();
            String failure;
            try {
                failure = run(file, classPath);
            } catch (Exception e) {
                failure = e.toString();
            }
            System.out.flush();
            if (failure == null) {
                System.out.println("@@ PASS " + name);
            } else {
                failed++;
                System.out.println("@@ FAIL " + name + ": " + failure.replace('\n', ' '));
            }
            System.out.flush();
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    /** Runs one script; returns null when every snippet ran, else why not. */
    static String run(Path file, String classPath) throws Exception {
        String source = Files.readAllLines(file).stream().map(l -> l.strip().startsWith("/") ? "" : l)
                .collect(Collectors.joining("\n"));
        try (JShell shell = JShell.builder().executionEngine("local").out(System.out).err(System.err).build()) {
            for (String entry : classPath.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    shell.addToClasspath(entry);
                }
            }
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            String remaining = source;
            int snippets = 0;
            while (!remaining.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
                if (!info.completeness().isComplete()) {
                    return "incomplete code at the end: " + abbreviate(remaining);
                }
                String snippet = info.source();
                remaining = info.remaining();
                snippets++;
                for (SnippetEvent event : shell.eval(snippet)) {
                    String problem = problem(shell, event);
                    if (problem != null) {
                        return "snippet " + snippets + " (" + abbreviate(snippet) + "): " + problem;
                    }
                }
            }
            return snippets == 0 ? "no code" : null;
        }
    }

    private static String problem(JShell shell, SnippetEvent event) {
        if (event.exception() != null) {
            Throwable t = event.exception();
            String type = t instanceof EvalException e ? e.getExceptionClassName() : t.getClass().getName();
            return "threw " + type + ": " + t.getMessage();
        }
        Snippet.Status status = event.status();
        if (status == Snippet.Status.REJECTED || status == Snippet.Status.RECOVERABLE_DEFINED
                || status == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
            List<Diag> diags = shell.diagnostics(event.snippet()).collect(Collectors.toList());
            String unresolved = event.snippet() instanceof DeclarationSnippet d
                    ? " unresolved: " + shell.unresolvedDependencies(d).collect(Collectors.joining(", ")) : "";
            return status + " " + diags.stream().map(x -> x.getMessage(null)).collect(Collectors.joining("; "))
                    + unresolved;
        }
        return null;
    }

    private static String abbreviate(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() <= 100 ? one : one.substring(0, 97) + "...";
    }
}
