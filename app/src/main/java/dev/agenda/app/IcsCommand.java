package dev.agenda.app;

import dev.agenda.core.calendar.AgendaCalendar;
import dev.agenda.core.calendar.CalendarException;
import dev.agenda.core.calendar.CalendarSource;
import dev.agenda.core.render.PageRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code agenda ics}: the page's agendas as an iCalendar file, one event per agenda day, for people's calendars. The
 * events' times, zones and UIDs are {@link AgendaCalendar}'s; this command only finds the page's title (its first
 * {@code h1}, else the file's name), its address and when it last changed (the file's modification time).
 */
@Command(
        name = "ics",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the page's agendas as an iCalendar (.ics) file: one event per agenda day, in the agenda's time "
                    + "zone, items with times and chairs in the description.",
            "Importing the file again updates the events rather than adding them twice."
        })
final class IcsCommand implements Callable<Integer> {

    @Mixin
    PageOptions pageOptions;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    @Nullable
    Path out;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "The Confluence base URL: the events link to <URL>/pages/viewpage.action?pageId=ID. "
                    + "Default: the page file's own file: URL.")
    @Nullable
    String baseUrl;

    @Option(
            names = "--title",
            paramLabel = "TITLE",
            description = "The page's title, the first part of each event's summary. Default: the page's first "
                    + "heading, else the file's name.")
    @Nullable
    String title;

    @Spec
    CommandSpec spec;

    private final Clock clock;
    private final ZoneId serverZone;

    IcsCommand(Clock clock, ZoneId serverZone) {
        this.clock = clock;
        this.serverZone = serverZone;
    }

    @Override
    public Integer call() throws UsageException {
        PageOptions.LoadedPage loaded = pageOptions.load(serverZone);
        String pageTitle = title != null ? title : PageRenderer.titleOf(loaded.page(), withoutXml(loaded.name()));
        String address = baseUrl == null
                ? loaded.url()
                : confluenceAddress(baseUrl, loaded.page().pageId());
        Instant lastModified = pageOptions.page == null ? null : lastModified(pageOptions.page);
        String ics;
        try {
            ics = new AgendaCalendar(clock, loaded.users())
                    .write(new CalendarSource(loaded.page(), pageTitle, address, lastModified));
        } catch (CalendarException e) {
            throw new UsageException(loaded.name() + ": " + e.getMessage());
        }
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(ics);
            stdout.flush();
            return 0;
        }
        try {
            Files.writeString(out, ics, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException(out + ": cannot be written (" + e.getMessage() + ")");
        }
        int events = loaded.page().agendas().size();
        spec.commandLine()
                .getErr()
                .println("Wrote " + out + " (" + events + (events == 1 ? " event" : " events") + " from "
                        + loaded.name() + "). Import it into a calendar; importing again updates the events.");
        return 0;
    }

    private static String withoutXml(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".xml") ? name.substring(0, name.length() - 4) : name;
    }

    /** A page's address on a Confluence site, as Confluence writes it for a page known by id. */
    private static String confluenceAddress(String base, String pageId) throws UsageException {
        try {
            URI uri = new URI(base);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new UsageException("--base-url " + base + ": not an http or https address, e.g. "
                        + "https://confluence.example.org");
            }
        } catch (URISyntaxException e) {
            throw new UsageException("--base-url " + base + ": not an address (" + e.getReason() + ")");
        }
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return trimmed + "/pages/viewpage.action?pageId=" + URLEncoder.encode(pageId, StandardCharsets.UTF_8);
    }

    private static @Nullable Instant lastModified(Path page) {
        try {
            return Files.getLastModifiedTime(page).toInstant();
        } catch (IOException e) {
            // The page was just read; a file system that cannot say when it changed leaves LAST-MODIFIED out.
            return null;
        }
    }
}
