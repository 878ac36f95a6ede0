package dev.agenda.app;

import dev.agenda.core.agenda.Agenda;
import dev.agenda.core.agenda.AgendaParameters;
import dev.agenda.core.render.HostContentRenderer;
import dev.agenda.core.render.IssueLinks;
import dev.agenda.core.render.PageRenderer;
import dev.agenda.core.render.RenderContext;
import dev.agenda.core.render.Templates;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code agenda render}: the page as a complete HTML document, styles included. */
@Command(
        name = "render",
        mixinStandardHelpOptions = true,
        description = {
            "Renders a meeting page as a complete HTML document, styles included, as Confluence shows it.",
            "Without PAGE.xml, renders the bundled example page to " + RenderCommand.EXAMPLE_OUTPUT + "."
        })
final class RenderCommand implements Callable<Integer> {

    static final String EXAMPLE_OUTPUT = "agenda-example.html";

    @Mixin
    PageOptions pageOptions;

    @Option(
            names = "--now",
            paramLabel = "ISO-8601",
            description = "Render as at this moment (which item runs now, which dates are overdue), e.g. "
                    + "2017-11-02T10:15:00-07:00, or 2017-11-02T10:15 in the first agenda's timezone. Default: now.")
    @Nullable
    String now;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    @Nullable
    Path out;

    @Option(
            names = "--jira",
            paramLabel = "URL",
            description = "The Jira base URL, so issue keys link to <URL>/browse/KEY.")
    @Nullable
    String jiraUrl;

    @Spec
    CommandSpec spec;

    private final Clock clock;
    private final ZoneId serverZone;

    RenderCommand(Clock clock, ZoneId serverZone) {
        this.clock = clock;
        this.serverZone = serverZone;
    }

    @Override
    public Integer call() throws UsageException {
        PageOptions.LoadedPage loaded = pageOptions.load(serverZone);
        ZoneId pageZone = loaded.page().agendas().stream()
                .findFirst()
                .map(Agenda::parameters)
                .map(AgendaParameters::zone)
                .orElse(serverZone);
        Instant at = now == null ? clock.instant() : NowOption.resolve(now, pageZone);
        IssueLinks links = jiraUrl == null ? IssueLinks.none() : IssueLinks.jiraAt(jiraUrl);
        RenderContext context = new RenderContext(loaded.users(), links, HostContentRenderer.none(), at, serverZone);
        String html = new PageRenderer(new Templates()).renderDocument(loaded.page(), context, loaded.name());

        Path target = out != null ? out : pageOptions.page == null ? Path.of(EXAMPLE_OUTPUT) : null;
        if (target == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(html);
            stdout.flush();
            return 0;
        }
        try {
            Files.writeString(target, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException(target + ": cannot be written (" + e.getMessage() + ")");
        }
        spec.commandLine()
                .getErr()
                .println("Wrote " + target + " (" + loaded.page().agendas().size() + " agendas, "
                        + loaded.page().actions().size() + " actions from " + loaded.name()
                        + "). Open it in a browser.");
        return 0;
    }
}
