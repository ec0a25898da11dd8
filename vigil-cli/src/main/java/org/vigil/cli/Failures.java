package org.vigil.cli;

import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Maps every exception a command lets escape to a one-line message on standard error and an exit code. */
final class Failures implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        int code = ExitCode.FAILED;
        if (e instanceof NoSuchElementException) {
            code = ExitCode.NOT_FOUND;
        } else if (e instanceof IllegalArgumentException || e instanceof org.vigil.linkage.csv.InputException) {
            code = ExitCode.USAGE;
        }
        command.getErr().println("vigil " + command.getCommandName() + ": " + message(e));
        if (System.getenv("VIGIL_DEBUG") != null) {
            e.printStackTrace(command.getErr());
        }
        return code;
    }

    private static String message(Throwable e) {
        String message = e.getMessage();
        if (e instanceof UncheckedIOException && e.getCause() != null) {
            message = message + " (" + e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage() + ")";
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
