package dev.agenda.app;

import dev.agenda.core.actions.ActionItem;
import dev.agenda.core.export.ActionsCsv;
import dev.agenda.core.export.ActionsJson;
import dev.agenda.core.sync.SyncRecord;
import dev.agenda.core.sync.SyncStateException;
import dev.agenda.jdbc.JdbcDatabase;
import dev.agenda.jdbc.JdbcSyncStateStore;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code agenda actions}: the page's action items, in page order, as JSON or CSV. */
@Command(
        name = "actions",
        mixinStandardHelpOptions = true,
        description = "Prints the page's action items (its Confluence tasks) in page order.")
final class ActionsCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format {
        json,
        csv
    }

    @Mixin
    PageOptions pageOptions;

    @Mixin
    StateOptions stateOptions;

    @Option(
            names = "--format",
            paramLabel = "json|csv",
            defaultValue = "json",
            description = "json (the REST resource's document) or csv. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Spec
    CommandSpec spec;

    private final ZoneId serverZone;

    ActionsCommand(ZoneId serverZone) {
        this.serverZone = serverZone;
    }

    @Override
    public Integer call() throws UsageException {
        PageOptions.LoadedPage loaded = pageOptions.load(serverZone);
        List<ActionItem> actions =
                withJiraKeys(loaded.page().pageId(), loaded.page().actions());
        String document = format == Format.csv ? new ActionsCsv().write(actions) : new ActionsJson().write(actions);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(document);
        stdout.flush();
        return 0;
    }

    /** The actions with the Jira keys a sync recorded, when there is sync state to read. */
    private List<ActionItem> withJiraKeys(String pageId, List<ActionItem> actions) throws UsageException {
        if (!stateOptions.present()) {
            return actions;
        }
        try (JdbcDatabase database = stateOptions.open("agenda actions")) {
            Map<String, SyncRecord> records = new JdbcSyncStateStore(database).records(pageId);
            return actions.stream()
                    .map(action -> {
                        SyncRecord record = records.get(action.id());
                        return action.withJiraKey(record == null ? null : record.issueKey());
                    })
                    .toList();
        } catch (SyncStateException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
