package dev.agenda.app;

import dev.agenda.core.export.ActionsCsv;
import dev.agenda.core.export.ActionsJson;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code agenda actions}: the page's action items, in page order, as JSON or CSV. */
@Command(name = "actions", mixinStandardHelpOptions = true,
        description = "Prints the page's action items (its Confluence tasks) in page order.")
final class ActionsCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format { json, csv }

    @Mixin
    PageOptions pageOptions;

    @Option(names = "--format", paramLabel = "json|csv", defaultValue = "json",
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
        String document = format == Format.csv
                ? new ActionsCsv().write(loaded.page().actions())
                : new ActionsJson().write(loaded.page().actions());
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(document);
        stdout.flush();
        return 0;
    }
}
