package dev.agenda.sync;

import dev.agenda.core.actions.ActionItem;
import dev.agenda.core.tracker.Description;
import dev.agenda.core.tracker.NewIssue;
import dev.agenda.core.tracker.RemoteLink;
import dev.agenda.core.tracker.TrackerUser;
import dev.agenda.core.users.Person;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an action's issue says: its summary (the action's words, at most {@value #SUMMARY_LIMIT} characters, cut at a
 * word), its description (the full words, the meeting, day and topic, a link to the page, everyone assigned), its
 * handles (labels and the {@value SyncSettings#ACTION_PROPERTY} property, written in the create request itself) and
 * its remote link back to the page.
 */
final class IssueDrafts {

    static final int SUMMARY_LIMIT = 255;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private final String pageId;
    private final SyncSettings settings;

    IssueDrafts(String pageId, SyncSettings settings) {
        this.pageId = pageId;
        this.settings = settings;
    }

    static String summary(ActionItem action) {
        String text = action.text().strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            text = "Action from the meeting";
        }
        if (text.length() <= SUMMARY_LIMIT) {
            return text;
        }
        String cut = text.substring(0, SUMMARY_LIMIT - 1);
        int space = cut.lastIndexOf(' ');
        return (space > SUMMARY_LIMIT / 2 ? cut.substring(0, space) : cut).stripTrailing() + "…";
    }

    /** @param assignee the Jira user to assign the issue to; null to leave it unassigned */
    NewIssue draft(SyncTarget target, @Nullable TrackerUser assignee) {
        ActionItem action = target.action();
        return new NewIssue(
                target.project().orElseThrow(),
                target.issueType(),
                summary(action),
                description(target),
                Optional.ofNullable(assignee),
                action.due(),
                labels(target),
                Map.of(SyncSettings.ACTION_PROPERTY, handle(target)));
    }

    /**
     * The labels of a new issue: the action label and the page's, and for a task carried from another page that
     * page's too, so that a sync of the original page finds the issue by its own label.
     */
    private List<String> labels(SyncTarget target) {
        List<String> labels = new ArrayList<>(List.of(SyncSettings.ACTION_LABEL, SyncSettings.pageLabel(pageId)));
        target.originPage()
                .map(SyncSettings::pageLabel)
                .filter(label -> !labels.contains(label))
                .ifPresent(labels::add);
        return List.copyOf(labels);
    }

    /**
     * The property value that proves an issue tracks this action: its {@link SyncTarget#identity() identity}, which
     * for a carried task is the original action's, on the original page.
     */
    Map<String, String> handle(SyncTarget target) {
        String identity = target.identity();
        return Map.of(
                "pageId",
                target.originPage().orElse(pageId),
                "actionId",
                identity,
                "globalId",
                SyncSettings.globalId(identity));
    }

    RemoteLink remoteLink(SyncTarget target) {
        return new RemoteLink(
                SyncSettings.globalId(target.actionId()),
                settings.pageUrl(),
                settings.pageTitle() + (target.agendaTitle().isEmpty() ? "" : " — " + target.agendaTitle()),
                Optional.of(summary(target.action())),
                SyncSettings.APPLICATION_TYPE,
                SyncSettings.APPLICATION_NAME,
                "action from meeting",
                Optional.empty());
    }

    private Description description(SyncTarget target) {
        ActionItem action = target.action();
        List<Description.Block> blocks = new ArrayList<>();
        blocks.add(Description.Paragraph.of(new Description.Text(action.text())));
        List<Description.Inline> context = new ArrayList<>();
        context.add(new Description.Text("From the meeting "));
        context.add(new Description.Link(
                settings.pageTitle().isEmpty() ? settings.pageUrl() : settings.pageTitle(), settings.pageUrl()));
        action.day().ifPresent(day -> context.add(new Description.Text(", " + DAY.format(day))));
        action.topic().ifPresent(topic -> context.add(new Description.Text(", item “" + topic + "”")));
        context.add(new Description.Text("."));
        blocks.add(new Description.Paragraph(context));
        if (!action.assignees().isEmpty()) {
            blocks.add(Description.Paragraph.of(new Description.Text("Assigned at the meeting to:")));
            blocks.add(new Description.BulletList(action.assignees().stream()
                    .map(Person::displayName)
                    .map(name -> List.<Description.Inline>of(new Description.Text(name)))
                    .toList()));
        }
        blocks.add(Description.Paragraph.of(new Description.Text("Created by the agenda app from a task on the page;"
                + " ticking the task there moves this issue to Done.")));
        return new Description(blocks);
    }
}
