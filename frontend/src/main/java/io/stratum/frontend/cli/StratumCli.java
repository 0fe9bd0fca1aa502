package io.stratum.frontend.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code stratum} command line: {@code run} and {@code explain} DataOps scripts. */
@Command(name = "stratum", mixinStandardHelpOptions = true, versionProvider = StratumCli.Version.class,
        description = "Compiles skrub-style DataOps scripts into one optimized plan and runs the search.",
        subcommands = {RunCommand.class, ExplainCommand.class, CommandLine.HelpCommand.class})
public final class StratumCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'stratum run SCRIPT.py'");
    }

    /** Runs the CLI and returns the exit code, writing to the given streams (tests use this). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new StratumCli());
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        System.exit(execute(args, out, err));
    }

    /** The version from the jar manifest, or the development version when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = StratumCli.class.getPackage().getImplementationVersion();
            return new String[] {"stratum " + (v == null ? "0.1.0-SNAPSHOT" : v) + " (Java " + Runtime.version() + ")"};
        }
    }
}
