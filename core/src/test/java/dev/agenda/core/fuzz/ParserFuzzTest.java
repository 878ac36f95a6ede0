package dev.agenda.core.fuzz;

import dev.agenda.core.issues.JiraProjects;
import dev.agenda.core.page.MeetingPageReader;
import dev.agenda.core.schedule.DurationParser;
import dev.agenda.core.schedule.TimeParser;
import dev.agenda.core.storage.StorageElement;
import dev.agenda.core.storage.StorageFormatException;
import dev.agenda.core.storage.StorageFormatParser;
import dev.agenda.core.storage.StorageWriter;
import dev.agenda.core.users.InMemoryUserDirectory;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Fuzzing (jqwik, on the JUnit Platform beside the JUnit 4 tests) of what reads untrusted text: the storage-format
 * parser, the page reader behind it, and the time and duration parsers. The only failure allowed is the documented
 * clear error ({@link StorageFormatException} with a problem and a position); anything else — an unchecked exception,
 * a parse that cannot be written back and read again — is a bug. Seeds are fixed, so every run (and CI) tries the same
 * inputs; tries are bounded so the whole class takes a few seconds.
 */
class ParserFuzzTest {

    private static final List<String> XML_PIECES = List.of(
            "<p>",
            "</p>",
            "<table>",
            "<tr>",
            "<td>",
            "</td>",
            "</tr>",
            "</table>",
            "<ac:task-list>",
            "<ac:task>",
            "<ac:task-id>1</ac:task-id>",
            "<ac:task-status>complete",
            "</ac:task-status>",
            "<ac:task-body>",
            "</ac:task-body>",
            "</ac:task>",
            "</ac:task-list>",
            "<ac:structured-macro ac:name=\"agenda\">",
            "<ac:structured-macro ac:name=\"jira\">",
            "<ac:parameter ac:name=\"key\">DM-1</ac:parameter>",
            "<ac:parameter ac:name=\"start\">9</ac:parameter>",
            "<ac:rich-text-body>",
            "</ac:rich-text-body>",
            "</ac:structured-macro>",
            "<ri:user ri:username=\"x\" />",
            "<ac:link>",
            "</ac:link>",
            "<time datetime=\"2017-11-02\" />",
            "<time datetime=\"nope\" />",
            "&nbsp;",
            "&mdash;",
            "&amp;",
            "&",
            "&#0;",
            "&#xD800;",
            "&lol;",
            "<![CDATA[",
            "]]>",
            "<!--",
            "-->",
            "<!DOCTYPE x>",
            "<!ENTITY a \"b\">",
            "<?xml version=\"1.0\"?>",
            "<script>",
            "</script>",
            "<a href=\"javascript:x\">",
            "</a>",
            "09:00",
            "9-9:30am",
            "1h15",
            "TBD",
            "@",
            " ",
            "\u0000",
            "\uFFFF",
            "\uD83D\uDE00",
            "<",
            ">",
            "\"",
            "'");

    private final StorageFormatParser parser = new StorageFormatParser();
    private final MeetingPageReader reader =
            new MeetingPageReader(new InMemoryUserDirectory(List.of()), JiraProjects.none(), ZoneId.of("UTC"));

    @Property(tries = 2_000, seed = "20171102")
    void anyTextParsesOrIsTheClearError(@ForAll @StringLength(max = 200) String text) {
        readAndWriteBack(text);
    }

    @Property(tries = 3_000, seed = "20171103")
    void anyMixOfStorageFormatPiecesParsesOrIsTheClearError(@ForAll("storageLike") String text) {
        readAndWriteBack(text);
    }

    @Property(tries = 3_000, seed = "20171104")
    void timesAndDurationsNeverThrow(@ForAll("cellLike") String text) {
        new TimeParser().parse(text);
        new DurationParser().parse(text);
    }

    @Provide
    Arbitrary<String> storageLike() {
        return Arbitraries.of(XML_PIECES).list().ofMaxSize(60).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> cellLike() {
        Arbitrary<String> pieces = Arbitraries.of(
                "0",
                "9",
                "12",
                "23",
                "24",
                "99",
                ":",
                ".",
                "-",
                "–",
                " ",
                "to",
                "am",
                "pm",
                "a.m.",
                "h",
                "hr",
                "min",
                "m",
                "1.5",
                "noon",
                "TBD",
                "999999999999",
                "\u00A0",
                "");
        return Arbitraries.oneOf(
                pieces.list().ofMaxSize(8).map(list -> String.join("", list)),
                Arbitraries.strings().ofMaxLength(20));
    }

    private void readAndWriteBack(String text) {
        StorageElement root;
        try {
            root = parser.parse(text);
        } catch (StorageFormatException e) {
            if (e.problem() == null || e.problem().isBlank() || e.position() == null) {
                throw new AssertionError("an unclear error for " + quoted(text), e);
            }
            return;
        }
        reader.readPage("fuzz", root);
        String written = StorageWriter.write(root);
        try {
            parser.parse(written);
        } catch (StorageFormatException e) {
            throw new AssertionError(
                    "what was read from " + quoted(text) + " was written back as " + quoted(written)
                            + ", which does not read: " + e.getMessage(),
                    e);
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\n", "\\n") + "\"";
    }
}
