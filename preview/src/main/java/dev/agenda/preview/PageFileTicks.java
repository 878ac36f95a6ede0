package dev.agenda.preview;

import dev.agenda.core.actions.ActionItem;
import dev.agenda.services.page.HostPage;
import dev.agenda.services.tick.TaskTicks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records ticks in the preview host's page files, as Confluence records them in the page: the task's
 * {@code <ac:task-status>} becomes {@code complete} or {@code incomplete}, and nothing else in the file changes (the
 * file is edited as text, not re-serialised). The new file replaces the old in one atomic move, so a reader never
 * sees half a page. Ticks of one host are serialised; separate hosts on the same files are not (last writer wins).
 */
final class PageFileTicks implements TaskTicks {

    @Override
    public synchronized Optional<String> record(HostPage page, ActionItem action, boolean done) {
        if (!(page instanceof FilePage filePage)) {
            return Optional.of("The preview host can only tick tasks on its own page files.");
        }
        Path file = filePage.file();
        try {
            String storage = Files.readString(file, StandardCharsets.UTF_8);
            Optional<String> ticked = withStatus(storage, action.taskId(), done);
            if (ticked.isEmpty()) {
                return Optional.of(
                        "Task " + action.taskId() + " is no longer in " + file.getFileName() + "; reload the page.");
            }
            Path temporary =
                    Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tick");
            Files.writeString(temporary, ticked.get(), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("The tick could not be written to " + file.getFileName() + ": " + e.getMessage());
        }
    }

    /** The storage with the given task's status set, or empty when the storage has no such task. */
    static Optional<String> withStatus(String storage, String taskId, boolean done) {
        Pattern task = Pattern.compile("(<ac:task>\\s*<ac:task-id>\\s*" + Pattern.quote(taskId)
                + "\\s*</ac:task-id>(?:\\s*<ac:task-uuid>[^<]*</ac:task-uuid>)?\\s*<ac:task-status>)"
                + "\\s*(?:complete|incomplete)\\s*(</ac:task-status>)");
        Matcher matcher = task.matcher(storage);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(storage.substring(0, matcher.start())
                + matcher.group(1)
                + (done ? "complete" : "incomplete")
                + matcher.group(2)
                + storage.substring(matcher.end()));
    }
}
