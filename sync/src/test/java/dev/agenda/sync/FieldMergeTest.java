package dev.agenda.sync;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/** Each way the page, Jira and the last sync can stand, and what the merge decides and keeps as the next base. */
@RunWith(Parameterized.class)
public class FieldMergeTest {

    @Parameters(name = "{0}")
    public static List<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"nothing changed", "a", "a", "a", FieldMerge.Decision.UNCHANGED, "a"},
            {"changed only on the page", "a", "b", "a", FieldMerge.Decision.PUSH, "b"},
            {"changed only in Jira", "a", "a", "c", FieldMerge.Decision.KEEP_JIRA, "a"},
            {"the same change on both", "a", "b", "b", FieldMerge.Decision.AGREE, "b"},
            {"different changes on both", "a", "b", "c", FieldMerge.Decision.CONFLICT, "a"},
            {"cleared only on the page", "a", null, "a", FieldMerge.Decision.PUSH, null},
            {"set on both where there was none", null, "b", "b", FieldMerge.Decision.AGREE, "b"},
        });
    }

    @Parameter(0)
    public String name;

    @Parameter(1)
    public String base;

    @Parameter(2)
    public String page;

    @Parameter(3)
    public String jira;

    @Parameter(4)
    public FieldMerge.Decision decision;

    @Parameter(5)
    public String newBase;

    @Test
    public void decidesAndKeepsTheAgreedValue() {
        FieldMerge<String> merge =
                new FieldMerge<>(Optional.ofNullable(base), Optional.ofNullable(page), Optional.ofNullable(jira));

        assertEquals(decision, merge.decision());
        assertEquals(Optional.ofNullable(newBase), merge.newBase());
    }
}
