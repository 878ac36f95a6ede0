package dev.agenda.core.render;

import java.util.List;

/**
 * What the agenda template shows, fully computed: labels, classes and safe markup, so that the template only
 * loops, tests booleans and prints. Immutable. Record accessors are called from the template as methods.
 *
 * @param metaParts    the line under the title: date, span, total, timezone, Jira project
 * @param showSchedule whether the Time and Duration columns are shown (the table says something about time)
 * @param columnCount  how many columns the rendered table has, for section rows that span it
 */
public record AgendaView(
        String title,
        String caption,
        List<String> metaParts,
        List<String> warnings,
        boolean showSchedule,
        boolean hasChairColumn,
        boolean hasNotesColumn,
        String topicHeader,
        String chairHeader,
        String notesHeader,
        List<String> otherHeaders,
        int columnCount,
        List<Row> rows,
        SafeHtml before,
        SafeHtml after,
        List<Action> actions,
        String dateIso,
        String zone,
        String pageId,
        LiveStatus liveStatus) {

    public AgendaView {
        metaParts = List.copyOf(metaParts);
        warnings = List.copyOf(warnings);
        otherHeaders = List.copyOf(otherHeaders);
        rows = List.copyOf(rows);
        actions = List.copyOf(actions);
    }

    public boolean hasTitle() {
        return !title.isEmpty();
    }

    public boolean hasTable() {
        return !rows.isEmpty();
    }

    public boolean hasActions() {
        return !actions.isEmpty();
    }

    /** Whether the page shows live Jira statuses and the controls that go with them. */
    public boolean live() {
        return liveStatus.enabled();
    }

    public boolean hasRestBase() {
        return !liveStatus.restBase().isEmpty();
    }

    public String restBase() {
        return liveStatus.restBase();
    }

    public boolean jiraConnected() {
        return liveStatus.jiraConnected();
    }

    public boolean hasJiraLabel() {
        return !liveStatus.jiraLabel().isEmpty();
    }

    public String jiraLabel() {
        return liveStatus.jiraLabel();
    }

    /** Whether the viewer gets the Sync button (they may edit the page, and there is a Jira to sync with). */
    public boolean canSync() {
        return liveStatus.enabled() && liveStatus.canEdit() && liveStatus.jiraConnected();
    }

    /**
     * A row of the rendered table.
     *
     * @param section  a heading row spanning the table, showing {@code topic} only
     * @param startIso the instant the item starts, for the page script that moves the "now" highlight; empty if unknown
     */
    public record Row(
            boolean section,
            String cssClass,
            String timeLabel,
            String durationLabel,
            SafeHtml topic,
            SafeHtml chair,
            SafeHtml notes,
            List<SafeHtml> others,
            List<String> warnings,
            boolean now,
            String startIso,
            String endIso) {

        public Row {
            others = List.copyOf(others);
            warnings = List.copyOf(warnings);
        }

        public boolean hasInstants() {
            return !startIso.isEmpty();
        }
    }

    /**
     * A line of the agenda's action summary.
     *
     * @param tickable whether the viewer gets a checkbox that ticks the task (live pages they may edit)
     * @param tickLabel the checkbox's accessible name, which says what ticking it means
     */
    public record Action(
            String id,
            boolean complete,
            String statusLabel,
            String statusClass,
            String text,
            SafeHtml assignees,
            SafeHtml issues,
            String dueLabel,
            String dueIso,
            String dueClass,
            String topic,
            boolean tickable,
            String tickLabel) {

        public boolean hasDue() {
            return !dueIso.isEmpty();
        }

        /** Due before today and still open: said in words as well as in red, for readers who cannot see red. */
        public boolean overdue() {
            return dueClass.contains("agenda-date--overdue");
        }
    }
}
