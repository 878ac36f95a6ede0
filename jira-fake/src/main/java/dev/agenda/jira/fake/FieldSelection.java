package dev.agenda.jira.fake;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which issue fields an answer carries, from Jira's {@code fields} parameter: field names, {@code *all} or
 * {@code *navigable} for every field, {@code -name} to leave one out; several values and comma-separated lists mix.
 * With nothing asked, the resource's default applies ({@code *all} for an issue, {@code id} — ids only — for Cloud's
 * {@code /search/jql}).
 */
record FieldSelection(boolean all, Set<String> included, Set<String> excluded) {

    FieldSelection {
        included = Set.copyOf(included);
        excluded = Set.copyOf(excluded);
    }

    static FieldSelection parse(List<String> values, String fallback) {
        List<String> specs = values.stream()
                .flatMap(value -> List.of(value.split(",")).stream())
                .map(String::strip)
                .filter(spec -> !spec.isEmpty())
                .toList();
        if (specs.isEmpty()) {
            specs = List.of(fallback);
        }
        boolean all = false;
        Set<String> included = new LinkedHashSet<>();
        Set<String> excluded = new LinkedHashSet<>();
        for (String spec : specs) {
            if (spec.equals("*all") || spec.equals("*navigable")) {
                all = true;
            } else if (spec.startsWith("-")) {
                excluded.add(spec.substring(1));
            } else {
                included.add(spec);
            }
        }
        return new FieldSelection(all, included, excluded);
    }

    boolean includes(String field) {
        return !excluded.contains(field) && (all || included.contains(field));
    }

    /** Whether only issue ids were asked for ({@code fields=id}), so an issue is written as its id alone. */
    boolean idsOnly() {
        return !all && included.equals(Set.of("id"));
    }
}
