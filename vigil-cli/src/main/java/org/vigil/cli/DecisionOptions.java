package org.vigil.cli;

import picocli.CommandLine.Option;

/** Who made a decision about who is who, and why: both are logged with it (DPA 2018 ss.49-50). */
final class DecisionOptions {
    @Option(names = "--as", paramLabel = "USER", defaultValue = "${env:VIGIL_USER:-${sys:user.name}}",
            description = "who decided this, for the log (default: VIGIL_USER or the login name)")
    String actor;

    @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "why, for the log (required)")
    String reason;
}
