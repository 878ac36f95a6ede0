package dev.agenda.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import org.junit.Test;

public class ActionsCommandTest {

    private static final String PAGE =
            Path.of("..", "examples", "dmlt-f2f-2017-11.xml").toString();
    private static final String USERS = Path.of("..", "examples", "users.csv").toString();

    @Test
    public void printsTheElevenActionsAsJsonInPageOrder() {
        CliRun run = CliRun.run("actions", PAGE, "--users", USERS);

        assertEquals(run.err, 0, run.exitCode);
        assertTrue(run.out.startsWith("[ {\n  \"id\" : \"dmlt-f2f-2017-11/1\","));
        assertEquals(11, run.out.split("\"taskId\"").length - 1);
        assertTrue(run.out.contains("\"assignees\" : [ \"ktl\", \"dpetravick\" ]"));
        assertTrue(run.out.contains("\"assignees\" : [ \"womullane\", \"swinbank\" ]"));
        assertTrue(run.out.contains("\"issueKeys\" : [ \"DM-12813\" ]"));
        assertTrue(run.out.contains("\"topic\" : \"Pipeline output dataset\""));
        assertEquals("", run.err);
    }

    @Test
    public void csvOnRequestAndAPageIdOfTheCallersChoosing() {
        CliRun run = CliRun.run("actions", PAGE, "--format", "csv", "--page-id", "65538");

        assertEquals(0, run.exitCode);
        String[] lines = run.out.split("\r\n");
        assertEquals(12, lines.length);
        assertTrue(lines[4], lines[4].startsWith("65538/4,4,incomplete,ktl;dpetravick,2017-12-31,"));
    }

    @Test
    public void withoutAPageTheBundledExampleIsUsed() {
        CliRun run = CliRun.run("actions");

        assertEquals(0, run.exitCode);
        assertTrue(run.out.contains("\"id\" : \"dmlt-f2f-2017-11/11\""));
    }
}
