package dev.agenda.app;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/** What Jira's text looks like on the terminal: escape sequences and control characters gone, the words kept. */
@RunWith(Parameterized.class)
public class TerminalTextTest {

    @Parameters(name = "{0}")
    public static List<Object[]> cases() {
        return List.of(new Object[][] {
            {"ordinary text stays", "Écrire la réunion — 会议 ✓ 🙂", "Écrire la réunion — 会议 ✓ 🙂"},
            {
                "a hyperlink (OSC 8, BEL-ended) keeps its words only",
                "\u001b]8;;https://evil.example/\u0007Click\u001b]8;;\u0007",
                "Click"
            },
            {"a window title (OSC 0, ST-ended)", "a\u001b]0;pwned\u001b\\b", "ab"},
            {"an OSC in its C1 form", "a\u009d0;pwned\u009cb", "ab"},
            {"an OSC that never ends swallows the rest", "a\u001b]8;;https://evil.example/", "a"},
            {"an OSC cut short by another sequence", "a\u001b]0;t\u001b[2Jb", "ab"},
            {"clear screen (CSI)", "\u001b[2J\u001b[HSummary", "Summary"},
            {"colours and parameters", "\u001b[1;31mRed\u001b[0m \u001b[38;5;196mMore\u001b[m", "Red More"},
            {"private-mode CSI", "a\u001b[?25lb", "ab"},
            {"a CSI in its C1 form", "a\u009b2Jb\u009b31mc", "abc"},
            {
                "DCS, SOS, PM and APC strings",
                "a\u001bPq#0\u001b\\b\u001bXs\u001b\\c\u001b^p\u001b\\d\u001b_x\u001b\\e",
                "abcde"
            },
            {"two-character escapes", "a\u001bcb\u001b(Bc\u001b7d\u001b8e", "abcde"},
            {"a lone ESC at the end", "done\u001b", "done"},
            {"a carriage return cannot write over the line", "Done\rTo Do", "Done To Do"},
            {
                "line breaks and tabs become spaces",
                "one\ntwo\r\nthree\tfour\u000bfive\ffive",
                "one two  three four five five"
            },
            {"other C0 controls, DEL and C1 controls go", "a\u0000b\u0007c\u0008d\u007fe\u0085f\u0090\u009cg", "abcdefg"
            },
        });
    }

    @Parameter(0)
    public String name;

    @Parameter(1)
    public String from;

    @Parameter(2)
    public String printed;

    @Test
    public void isPrintedSafely() {
        assertEquals(printed, TerminalText.safe(from));
    }
}
