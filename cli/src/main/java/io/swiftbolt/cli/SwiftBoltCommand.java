package io.swiftbolt.cli;

import io.swiftbolt.core.io.DataFormatException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code swiftbolt} command line: {@code price}, {@code iv}, {@code metrics}, {@code features},
 * {@code chain}, {@code discover}, {@code paper}, {@code attribution}, {@code rebalance} and
 * {@code tour}, one subcommand per capability.
 *
 * <p>Exit codes: 0 on success, 1 when a command fails on its input (bad file, bad row: one line
 * on stderr naming file, line and column), 2 on a usage error (unknown option, missing argument).
 * A failing command writes no output file and leaves an existing one untouched.
 */
@Command(name = "swiftbolt", mixinStandardHelpOptions = true, versionProvider = SwiftBoltCommand.Version.class,
        description = "SwiftBolt: options analytics and trading on the JVM.",
        subcommands = {PriceCommand.class, ImpliedVolCommand.class, MetricsCommand.class, FeaturesCommand.class,
            AlpacaCommand.class,
            PredictCommand.class,
            ChainCommand.class, DiscoverCommand.class, PaperCommand.class, AttributionCommand.class,
            RebalanceCommand.class, TourCommand.class, CommandLine.HelpCommand.class})
public final class SwiftBoltCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Creates the command; picocli instantiates it. */
    public SwiftBoltCommand() {
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /**
     * Runs the command line with the given streams, without exiting: the entry point for tests and
     * embedding.
     *
     * @param out  standard output
     * @param err  standard error
     * @param args the arguments
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = new CommandLine(new SwiftBoltCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": error: " + describe(ex));
            commandLine.getErr().flush();
            return 1;
        });
        cmd.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("swiftbolt: " + ex.getMessage());
            c.getErr().println("Try 'swiftbolt " + (c.getParent() == null ? "" : c.getCommandName() + " ") + "--help'.");
            c.getErr().flush();
            return 2;
        });
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** One line for a failure: data errors already name file, line and column. */
    static String describe(Throwable ex) {
        if (ex instanceof DataFormatException || ex instanceof IllegalArgumentException) {
            return ex.getMessage();
        }
        if (ex instanceof UncheckedIOException u && u.getCause() != null) {
            return describe(u.getCause());
        }
        if (ex instanceof NoSuchFileException n) {
            return "no such file: " + n.getFile();
        }
        String message = ex.getMessage();
        return message == null ? ex.getClass().getSimpleName() : message;
    }

    /** Reports the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = SwiftBoltCommand.class.getPackage().getImplementationVersion();
            return new String[] {"swiftbolt " + (v == null ? "development build" : v)};
        }
    }
}
