package dev.agenda.preview;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.Test;

public class PageFileTicksTest {

    private static final String PAGE = "<p>Before</p><ac:task-list>"
            + "<ac:task><ac:task-id>3</ac:task-id><ac:task-status>incomplete</ac:task-status>"
            + "<ac:task-body>Propose LDM-542 <ac:task-status>complete</ac:task-status></ac:task-body></ac:task>"
            + "<ac:task><ac:task-id>30</ac:task-id><ac:task-uuid>a-b</ac:task-uuid>"
            + "<ac:task-status>complete</ac:task-status><ac:task-body>Other</ac:task-body></ac:task>"
            + "</ac:task-list><p>After</p>";

    @Test
    public void onlyTheNamedTasksStatusChangesAndEverythingElseIsKeptByteForByte() {
        String ticked = PageFileTicks.withStatus(PAGE, "3", true).orElseThrow();

        assertEquals(
                PAGE.replaceFirst(
                        "<ac:task-status>incomplete</ac:task-status>", "<ac:task-status>complete</ac:task-status>"),
                ticked);
    }

    @Test
    public void aTaskWithAUuidCanBeUnticked() {
        String unticked = PageFileTicks.withStatus(PAGE, "30", false).orElseThrow();

        assertTrue(unticked.contains("<ac:task-uuid>a-b</ac:task-uuid><ac:task-status>incomplete</ac:task-status>"));
        assertTrue(
                "task 3 is untouched",
                unticked.contains("<ac:task-id>3</ac:task-id><ac:task-status>incomplete</ac:task-status>"));
    }

    @Test
    public void aTaskThatIsNotThereIsSaidToBeMissing() {
        assertEquals(Optional.empty(), PageFileTicks.withStatus(PAGE, "4", true));
    }

    @Test
    public void pageIdsAreTheFileNumberOrAStableNumberMadeFromTheName() {
        assertEquals(65538L, PageFiles.idOf(Path.of("pages", "65538.xml")));
        long named = PageFiles.idOf(Path.of("pages", "dmlt-f2f-2017-11.xml"));
        assertEquals(named, PageFiles.idOf(Path.of("elsewhere", "dmlt-f2f-2017-11.xml")));
        assertTrue(named > 1_000_000_000L);
    }
}
