package dev.agenda.app;

import dev.agenda.core.export.RegisterCsv;
import dev.agenda.core.export.RegisterJson;
import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.register.ActionRegister;
import dev.agenda.core.register.RegisterEntry;
import dev.agenda.core.register.RegisterFilter;
import dev.agenda.core.register.RegisterPage;
import dev.agenda.core.render.PageRenderer;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.sync.SyncStateException;
import dev.agenda.core.users.UserDirectory;
import dev.agenda.jdbc.JdbcDatabase;
import dev.agenda.jdbc.JdbcSyncStateStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code agenda register}: the actions of many meeting pages in one list, sorted by due date, with their meeting and
 * their Jira issue from the sync state. Without Jira, "done" is the last sync's word where an action has an issue, and
 * the page's tick otherwise.
 */
@Command(
        name = "register",
        mixinStandardHelpOptions = true,
        description = "Lists the actions of many meeting pages by due date (the action register).")
final class RegisterCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format {
        table,
        json,
        csv
    }

    @Parameters(
            arity = "1..*",
            paramLabel = "PAGES_DIR | PAGE.xml",
            description = "A directory of pages (every *.xml in it) or page files. A page's id is its file name"
                    + " without .xml.")
    List<Path> inputs = new ArrayList<>();

    @Option(
            names = "--users",
            paramLabel = "USERS.csv",
            description = "The user directory. Default: users.csv in the pages' directory, when there is one.")
    @Nullable
    Path users;

    @Option(names = "--assignee", paramLabel = "USER", description = "Only actions assigned to this username.")
    @Nullable
    String assignee;

    @Option(names = "--open", description = "Only open actions (done in Jira counts as done where there is an issue).")
    boolean open;

    @Option(names = "--done", description = "Only done actions.")
    boolean done;

    @Option(names = "--overdue", description = "Only open actions due before today.")
    boolean overdue;

    @Option(
            names = "--due-within",
            paramLabel = "DAYS",
            description = "Only open actions due from today to DAYS days from now.")
    @Nullable
    Integer dueWithin;

    @Option(names = "--project", paramLabel = "KEY", description = "Only actions in this Jira project.")
    @Nullable
    String project;

    @Option(
            names = "--now",
            paramLabel = "ISO-8601",
            description = "Judge overdue and due-within as at this time (2017-11-28T09:00-08:00). Default: now.")
    @Nullable
    String now;

    @Option(
            names = "--format",
            paramLabel = "table|json|csv",
            defaultValue = "table",
            description = "table, json (the REST list's actions) or csv. Default: ${DEFAULT-VALUE}.")
    Format format;

    @picocli.CommandLine.Mixin
    StateOptions stateOptions;

    @Spec
    CommandSpec spec;

    private final Clock clock;
    private final ZoneId serverZone;

    RegisterCommand(Clock clock, ZoneId serverZone) {
        this.clock = clock;
        this.serverZone = serverZone;
    }

    @Override
    public Integer call() throws UsageException {
        RegisterFilter filter = filter();
        List<Path> files = files();
        InputFiles input = new InputFiles();
        UserDirectory directory = input.users(usersFile());
        MeetingPageReader reader = new MeetingPageReader(directory, JiraProjects.none(), serverZone);
        List<MeetingPage> meetings = new ArrayList<>();
        for (Path file : files) {
            meetings.add(reader.readPage(idOf(file), input.page(file)));
        }
        Map<String, Map<String, SyncRecord>> records = records(meetings);
        List<RegisterPage> pages = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            MeetingPage meeting = meetings.get(i);
            pages.add(new RegisterPage(
                    titleOf(meeting, files.get(i)),
                    files.get(i).toAbsolutePath().normalize().toUri().toString(),
                    meeting,
                    records.getOrDefault(meeting.pageId(), Map.of())));
        }
        LocalDate today = today(meetings);
        ActionRegister register = new ActionRegister();
        List<RegisterEntry> entries = register.select(register.entries(pages, Map.of()), filter, today);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(
                switch (format) {
                    case json -> new RegisterJson().write(entries, today);
                    case csv -> new RegisterCsv().write(entries, today);
                    case table -> table(entries, filter, today);
                });
        stdout.flush();
        return 0;
    }

    private RegisterFilter filter() throws UsageException {
        RegisterFilter filter = RegisterFilter.all();
        if (assignee != null) {
            if (assignee.equalsIgnoreCase("me")) {
                throw new UsageException("--assignee me: the command line has no viewer; give a username");
            }
            filter = filter.withAssignee(assignee);
        }
        if (open && done) {
            throw new UsageException("--open and --done exclude each other; give one");
        }
        if (open) {
            filter = filter.withState(RegisterFilter.State.OPEN);
        }
        if (done) {
            filter = filter.withState(RegisterFilter.State.DONE);
        }
        if (overdue) {
            filter = filter.overdueOnly();
        }
        if (dueWithin != null) {
            if (dueWithin < 0 || dueWithin > 3_650) {
                throw new UsageException("--due-within " + dueWithin + " is not a number of days from 0 to 3650");
            }
            filter = filter.withDueWithin(dueWithin);
        }
        if (project != null) {
            if (!project.matches("[A-Z][A-Z0-9_]{0,254}")) {
                throw new UsageException("--project '" + project + "' is not a Jira project key (such as DM)");
            }
            filter = filter.withProject(project);
        }
        return filter;
    }

    /** The page files: each file given, and every *.xml of each directory given, by name. */
    private List<Path> files() throws UsageException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> listed = Files.list(input)) {
                    listed.filter(file -> file.getFileName().toString().endsWith(".xml"))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UsageException(input + ": the directory cannot be read: " + e.getMessage());
                }
            } else if (Files.exists(input)) {
                files.add(input);
            } else {
                throw new UsageException(input + ": no such file or directory");
            }
        }
        if (files.isEmpty()) {
            throw new UsageException(inputs + ": no pages (*.xml) there");
        }
        return files;
    }

    private @Nullable Path usersFile() {
        if (users != null) {
            return users;
        }
        for (Path input : inputs) {
            Path folder =
                    Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
            if (folder != null && Files.isRegularFile(folder.resolve("users.csv"))) {
                return folder.resolve("users.csv");
            }
        }
        return null;
    }

    private Map<String, Map<String, SyncRecord>> records(List<MeetingPage> meetings) throws UsageException {
        if (!stateOptions.present()) {
            return Map.of();
        }
        try (JdbcDatabase database = stateOptions.open("agenda register")) {
            JdbcSyncStateStore store = new JdbcSyncStateStore(database);
            Map<String, Map<String, SyncRecord>> records = new java.util.HashMap<>();
            for (MeetingPage meeting : meetings) {
                records.put(meeting.pageId(), store.records(meeting.pageId()));
            }
            return records;
        } catch (SyncStateException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Today where the meetings are: the first agenda's zone, else the server's. */
    private LocalDate today(List<MeetingPage> meetings) throws UsageException {
        ZoneId zone = meetings.stream()
                .flatMap(meeting -> meeting.agendas().stream())
                .map(agenda -> agenda.parameters().zone())
                .findFirst()
                .orElse(serverZone);
        return (now == null ? clock.instant() : NowOption.resolve(now, zone))
                .atZone(zone)
                .toLocalDate();
    }

    private static String table(List<RegisterEntry> entries, RegisterFilter filter, LocalDate today) {
        String filters = filter.describe().isEmpty() ? "" : String.join(", ", filter.describe());
        if (entries.isEmpty()) {
            return (filters.isEmpty() ? "No actions on these pages." : "No actions match: " + filters + ".") + "\n";
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Due", "Action", "Assignees", "Meeting", "Jira", "Status"));
        for (RegisterEntry entry : entries) {
            String due = entry.action().due().map(LocalDate::toString).orElse("-");
            rows.add(List.of(
                    entry.overdueOn(today) ? due + " overdue" : due,
                    entry.action().text(),
                    entry.action().assignees().stream()
                            .map(person -> person.username())
                            .collect(Collectors.joining(", ")),
                    entry.page().title(),
                    entry.jiraKey().orElse("-"),
                    entry.done() ? "done" : "open"));
        }
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], TerminalText.safe(row.get(i)).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = TerminalText.safe(row.get(i));
                line.append(i == row.size() - 1 ? cell : cell + " ".repeat(widths[i] - cell.length() + 2));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        out.append(entries.size())
                .append(entries.size() == 1 ? " action" : " actions")
                .append(filters.isEmpty() ? "" : " (" + filters + ")")
                .append('\n');
        return out.toString();
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".xml") ? name.substring(0, name.length() - ".xml".length()) : name;
    }

    /** The page's first heading, else its file's name. */
    private static String titleOf(MeetingPage meeting, Path file) {
        return PageRenderer.titleOf(meeting, file.getFileName().toString());
    }
}
