package dev.agenda.app;

import dev.agenda.jira.JiraClientSettings;
import dev.agenda.jira.http.RetryPolicy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.SplittableRandom;
import picocli.CommandLine;

/** Runs the command line in-process and keeps what it printed. */
final class CliRun {

    static final Clock NOON_UTC_DAY_ONE = Clock.fixed(Instant.parse("2017-11-02T19:00:00Z"), ZoneOffset.UTC);

    final int exitCode;
    final String out;
    final String err;

    private CliRun(int exitCode, String out, String err) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    static CliRun run(String... args) {
        return runWith(Map.of(), args);
    }

    /** Runs with this environment, and a Jira client that never tries a request twice. */
    static CliRun runWith(Map<String, String> environment, String... args) {
        return runWith(
                environment,
                new JiraClientSettings(RetryPolicy.none(), NOON_UTC_DAY_ONE, duration -> {}, new SplittableRandom(1)),
                args);
    }

    /** Runs with this clock for the commands, this environment, and a Jira client that retries without waiting. */
    static CliRun runWith(Clock clock, Map<String, String> environment, String... args) {
        return runWith(
                clock,
                environment,
                new JiraClientSettings(RetryPolicy.none(), NOON_UTC_DAY_ONE, duration -> {}, new SplittableRandom(1)),
                args);
    }

    /** Runs with this environment and a Jira client that retries and waits as these settings say. */
    static CliRun runWith(Map<String, String> environment, JiraClientSettings jira, String... args) {
        return runWith(NOON_UTC_DAY_ONE, environment, jira, args);
    }

    private static CliRun runWith(
            Clock clock, Map<String, String> environment, JiraClientSettings jira, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = AgendaCli.commandLine(clock, ZoneId.of("UTC"), environment, jira, false);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }
}
