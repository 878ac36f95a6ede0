package dev.agenda.core.actions;

import dev.agenda.core.agenda.Agenda;
import dev.agenda.core.agenda.AgendaEntry;
import dev.agenda.core.issues.IssueKey;
import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.text.InlineToken;
import dev.agenda.core.text.InlineTokenizer;
import dev.agenda.core.text.PlainText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads one {@code ac:task} element into an {@link ActionItem}, given the agenda and row it stands in.
 * Never fails: an unknown status reads as incomplete and an unreadable date as none, each with a warning.
 * Thread-safe.
 */
final class ActionReader {

    private final InlineTokenizer tokenizer;

    ActionReader(InlineTokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /**
     * @param id     the action's id, decided by the caller, who sees all the page's task ids
     * @param agenda the agenda the task stands in, or null outside every agenda
     * @param entry  the agenda row the task stands in, or null outside every row
     */
    ActionItem read(
            StorageElement task,
            String id,
            String taskId,
            @Nullable Agenda agenda,
            @Nullable AgendaEntry entry,
            JiraProjects projects,
            List<String> idWarnings) {
        List<String> warnings = new ArrayList<>(idWarnings);
        TaskStatus status = status(task, warnings);
        StorageElement body = task.firstChild("ac:task-body").orElse(task);
        // A carried-from link says where the task came from; it is not part of what the task says.
        List<InlineToken> tokens = tokenizer.tokens(body.children().stream()
                .filter(node -> !CarriedFrom.isMarker(node))
                .toList());
        TaskSentence sentence = TaskSentence.of(tokens);
        Optional<LocalDate> due = dueDate(tokens, warnings);
        Optional<String> topic =
                entry == null ? Optional.empty() : Optional.of(entry.topic()).filter(text -> !text.isEmpty());
        Optional<LocalDate> day = agenda == null ? Optional.empty() : agenda.day();
        return new ActionItem(
                id,
                taskId,
                status,
                sentence.assignees(),
                due,
                sentence.text(),
                topic,
                day,
                issueKeys(tokens, projects),
                Optional.empty(),
                warnings,
                task.position(),
                task);
    }

    private static TaskStatus status(StorageElement task, List<String> warnings) {
        String written = task.firstChild("ac:task-status")
                .map(StorageElement::textContent)
                .map(PlainText::collapse)
                .orElse("");
        return switch (written.toLowerCase(Locale.ROOT)) {
            case "complete" -> TaskStatus.COMPLETE;
            case "incomplete", "" -> TaskStatus.INCOMPLETE;
            default -> {
                warnings.add("The task status ‘" + written + "’ is neither complete nor incomplete; it is shown "
                        + "as incomplete.");
                yield TaskStatus.INCOMPLETE;
            }
        };
    }

    private static Optional<LocalDate> dueDate(List<InlineToken> tokens, List<String> warnings) {
        for (InlineToken token : tokens) {
            if (token instanceof InlineToken.Date date) {
                if (date.date().isPresent()) {
                    return date.date();
                }
                warnings.add("The date ‘" + date.written() + "’ is not a date (YYYY-MM-DD); the action has no "
                        + "due date.");
            }
        }
        return Optional.empty();
    }

    private static List<IssueKey> issueKeys(List<InlineToken> tokens, JiraProjects projects) {
        Set<IssueKey> keys = new LinkedHashSet<>();
        for (InlineToken token : tokens) {
            if (token instanceof InlineToken.Issue issue) {
                keys.add(issue.key());
            } else if (token instanceof InlineToken.Words words) {
                projects.findIn(words.text()).forEach(occurrence -> keys.add(occurrence.key()));
            }
        }
        return List.copyOf(keys);
    }
}
