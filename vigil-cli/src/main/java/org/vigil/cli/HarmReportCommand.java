package org.vigil.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.harm.report.Grouping;
import org.vigil.harm.report.HarmReport;
import org.vigil.harm.report.HarmVolumeReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "harm-report", mixinStandardHelpOptions = true,
        description = {"Reads data.police.uk street-level crime files and sets each crime category's (or area's) share"
                + " of volume beside its share of harm, weighted by the Cambridge Crime Harm Index.",
                "Exit status: 0, or 3 if some rows could not be read (they are counted in the notes)."})
final class HarmReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Taken, as by every command (spec §3), and not used: this command reads and writes only the files it is given. */
    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "CSV", description = "police.uk street-level CSV files")
    List<Path> files;

    @Option(names = "--by", defaultValue = "category", paramLabel = "GROUPING",
            description = "category or area (local authority) (default: ${DEFAULT-VALUE})")
    String by;

    @Option(names = "--chart", paramLabel = "FILE.png", description = "also draw the chart as a PNG image")
    Path chart;

    @Override
    public Integer call() throws IOException {
        InputFiles.checkReadable(files, "a police.uk CSV file");
        if (chart != null) {
            InputFiles.checkWritable(chart, files);
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        HarmVolumeReport report;
        try (PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8)) {
            report = HarmReport.run(files, Grouping.parse(by), chart, out);
        }
        spec.commandLine().getOut().print(text.toString(StandardCharsets.UTF_8));
        return report.provenance().malformedRows() > 0 ? ExitCode.REJECTED : ExitCode.OK;
    }
}
