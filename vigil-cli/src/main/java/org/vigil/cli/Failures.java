package org.vigil.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
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

    /** A file system failure as a sentence: the file and what was wrong with it, with no exception class names. */
    private static String plain(FileSystemException f) {
        String why = f instanceof NoSuchFileException ? "no such file or directory"
                : f instanceof FileAlreadyExistsException ? "exists and is not a directory"
                : f instanceof AccessDeniedException ? "permission denied"
                : f.getReason() != null ? f.getReason() : "cannot be used";
        return (f.getFile() == null ? "" : f.getFile() + ": ") + why;
    }

    private static String message(Throwable e) {
        String message = e.getMessage();
        if (e.getCause() instanceof FileSystemException f) {
            return message + ": " + plain(f);
        }
        if (e instanceof FileSystemException f) {
            return plain(f);
        }
        if (e instanceof UncheckedIOException && e.getCause() != null) {
            message = message + " (" + e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage() + ")";
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
