package org.vigil.cli;

import picocli.CommandLine.Option;

/** Who is reading or exporting, and why: every such access is logged (DPA 2018 s.62). */
final class AccessOptions {
    @Option(names = "--as", paramLabel = "USER", defaultValue = "${env:VIGIL_USER:-${sys:user.name}}",
            description = "who is making this access, for the log (default: VIGIL_USER or the login name)")
    String actor;

    @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "command-line use; no reason given",
            description = "why, for the log (DPA 2018 s.62)")
    String reason;
}
