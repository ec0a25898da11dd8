package org.vigil.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vigil} command. Wires the commands by hand; each command opens what it needs. */
@Command(name = "vigil", mixinStandardHelpOptions = true, version = "vigil 0.1.0",
        description = "Multi-agency safeguarding intelligence: concerns in, people linked, patterns raised, every"
                + " record and access in a tamper-evident log.",
        subcommands = {
            DemoCommand.class,
            IngestCommand.class,
            ReplayCommand.class,
            ExportCommand.class,
            VerifyCommand.class,
            ReceiptCommand.class,
            CheckReceiptCommand.class,
            CheckpointCommand.class,
            KeyCommand.class,
            ConsistencyCommand.class,
            LinkCommand.class,
            ExplainCommand.class,
            SplitCommand.class,
            UnsplitCommand.class,
            EvaluateCommand.class,
            HarmReportCommand.class,
            ServeCommand.class,
        })
public final class Main implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one command line, writing to the given streams; returns the exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        int status;
        try {
            status = new CommandLine(new Main())
                    .setOut(out)
                    .setErr(err)
                    .setCaseInsensitiveEnumValuesAllowed(true)
                    .setExecutionExceptionHandler(new Failures())
                    .execute(args);
        } catch (OutOfMemoryError e) {
            // Batches are committed whole or not at all, so what was acknowledged is stored; a re-run resumes.
            err.println("vigil: out of memory (" + e.getMessage() + "; at most " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB of heap). Records acknowledged so far are stored; run the command again with more heap,"
                    + " e.g. VIGIL_JAVA_OPTS=-Xmx16g ./vigil ..., and it stores the rest (vigil export alerts works"
                    + " alerts out from the whole store).");
            status = ExitCode.FAILED;
        }
        out.flush();
        err.flush();
        return status;
    }

    /** No command given: says how to use vigil, and fails, so a script that forgot the command notices. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
