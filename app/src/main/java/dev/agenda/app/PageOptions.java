package dev.agenda.app;

import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.page.MeetingPage;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.users.UserDirectory;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every page command shares: the page, its user directory, its id and the known Jira projects. */
final class PageOptions {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "PAGE.xml",
            description = "A Confluence page in storage format. Default: the bundled example page.")
    @Nullable
    Path page;

    @Option(
            names = "--users",
            paramLabel = "USERS.csv",
            description = "The user directory: a CSV file with a username column and optional userkey, account_id, "
                    + "full_name, email and jira_user columns. Default: none (or the bundled example's).")
    @Nullable
    Path users;

    @Option(
            names = "--page-id",
            paramLabel = "ID",
            description = "The page's id, the first part of every action id. Default: the file name without .xml.")
    @Nullable
    String pageId;

    @Option(
            names = "--jira-projects",
            split = ",",
            paramLabel = "KEY",
            description = "Jira project keys, comma-separated, whose issue keys are linked where they appear as plain "
                    + "text. The page's agenda projects and jira macros count too.")
    List<String> jiraProjects = new ArrayList<>();

    /** The page read from the file, or the bundled example when no file was given. */
    LoadedPage load(ZoneId serverZone) throws UsageException {
        InputFiles files = new InputFiles();
        if (page == null) {
            UserDirectory directory =
                    users == null ? files.users(BundledExample.USERS, BundledExample.users()) : files.users(users);
            MeetingPage meeting = reader(directory, serverZone)
                    .readPage(
                            pageId == null ? BundledExample.PAGE_ID : pageId,
                            files.page(BundledExample.PAGE, BundledExample.page()));
            return new LoadedPage(meeting, directory, BundledExample.PAGE, "agenda:bundled/" + BundledExample.PAGE);
        }
        UserDirectory directory = files.users(users);
        MeetingPage meeting =
                reader(directory, serverZone).readPage(pageId == null ? defaultPageId(page) : pageId, files.page(page));
        return new LoadedPage(
                meeting,
                directory,
                page.getFileName().toString(),
                page.toAbsolutePath().normalize().toUri().toString());
    }

    private MeetingPageReader reader(UserDirectory directory, ZoneId serverZone) {
        return new MeetingPageReader(directory, new JiraProjects(jiraProjects), serverZone);
    }

    private static String defaultPageId(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".xml") ? name.substring(0, name.length() - ".xml".length()) : name;
    }

    /**
     * A page as read, with the directory it was read with, a name for messages and footers, and its address (a file:
     * URL) for links back to it.
     */
    record LoadedPage(MeetingPage page, UserDirectory users, String name, String url) {}
}
