package dev.agenda.core.export;

import static org.junit.Assert.assertEquals;

import dev.agenda.core.Fixtures;
import org.junit.Test;

public class ActionsCsvTest {

    @Test
    public void aHeaderAndOneQuotedRowPerAction() {
        String[] lines =
                new ActionsCsv().write(Fixtures.referencePage().actions()).split("\r\n");

        assertEquals(12, lines.length);
        assertEquals("id,taskId,status,assignees,due,text,topic,day,issueKeys,jiraKey", lines[0]);
        assertEquals(
                "dmlt/4,4,incomplete,ktl;dpetravick,2017-12-31,\"Get together to start work on updates for "
                        + "LDM-141 (Storage Sizing and I/O Model), LDM-129 (Infrastructure Design)\",Documentation,"
                        + "2017-11-02,,",
                lines[4]);
        assertEquals(
                "dmlt/10,10,complete,gpdf,2017-11-15,(work with @xiuqin) schedule work to provide information "
                        + "on the metadata which should be included in pipeline outputs to make them useful for SUIT.,"
                        + "Pipeline output dataset,2017-11-03,DM-12813,",
                lines[10]);
    }

    @Test
    public void quotesAreDoubled() {
        String csv = new ActionsCsv()
                .write(Fixtures.page(
                                "p",
                                "<ac:task-list>" + Fixtures.task("1", "incomplete", "say \"hi\"") + "</ac:task-list>",
                                dev.agenda.core.users.UserDirectory.empty())
                        .actions());

        assertEquals("p/1,1,incomplete,,,\"say \"\"hi\"\"\",,,,", csv.split("\r\n")[1]);
    }

    @Test
    public void aValueASpreadsheetWouldRunAsAFormulaOpensAsText() {
        String csv = new ActionsCsv()
                .write(Fixtures.page(
                                "p",
                                "<ac:task-list>"
                                        + Fixtures.task("1", "incomplete", "=HYPERLINK(\"https://evil.example\",\"x\")")
                                        + Fixtures.task("2", "incomplete", "@SUM(1+1)")
                                        + Fixtures.task("3", "incomplete", "a = b, fine") + "</ac:task-list>",
                                dev.agenda.core.users.UserDirectory.empty())
                        .actions());

        String[] rows = csv.split("\r\n");
        assertEquals("p/1,1,incomplete,,,\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\",,,,", rows[1]);
        assertEquals("p/2,2,incomplete,,,'@SUM(1+1),,,,", rows[2]);
        assertEquals("p/3,3,incomplete,,,\"a = b, fine\",,,,", rows[3]);
    }
}
