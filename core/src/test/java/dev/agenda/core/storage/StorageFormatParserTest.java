package dev.agenda.core.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class StorageFormatParserTest {

    private final StorageFormatParser parser = new StorageFormatParser();

    @Test
    public void readsAFragmentWithUndeclaredPrefixesAndKeepsThemInNames() throws Exception {
        StorageElement root = parser.parse("<p>Hi <ac:link><ri:user ri:username=\"ktl\" /></ac:link></p><p>two</p>");

        assertEquals(2, root.childElements().size());
        StorageElement user = root.descendants("ri:user").get(0);
        assertEquals("ktl", user.attribute("ri:username").orElseThrow());
        assertEquals(1, root.descendants("ac:link").size());
    }

    @Test
    public void replacesHtmlNamedEntitiesThatStorageFormatUsesWithoutADtd() throws Exception {
        StorageElement root = parser.parse("<p>a&nbsp;b &mdash; c &amp; d&rsquo;s &eacute;</p>");

        assertEquals("a\u00A0b — c & d’s é", root.textContent());
    }

    @Test
    public void keepsCdataAsText() throws Exception {
        StorageElement root = parser.parse("<ac:plain-text-body><![CDATA[if (a < b) {}]]></ac:plain-text-body>");

        assertEquals("if (a < b) {}", root.textContent());
    }

    @Test
    public void reportsWhereEachElementStartsInTheCallersSource() throws Exception {
        StorageElement root = parser.parse("<p>\n<b>x</b>\n  <i>y</i><u>z</u></p>\n<p>q</p>");

        assertEquals(new SourcePosition(1, 1), root.childElements().get(0).position());
        assertEquals(new SourcePosition(2, 1), root.descendants("b").get(0).position());
        assertEquals(new SourcePosition(3, 3), root.descendants("i").get(0).position());
        assertEquals(new SourcePosition(3, 11), root.descendants("u").get(0).position());
        assertEquals(new SourcePosition(4, 1), root.childElements().get(1).position());
    }

    @Test
    public void malformedXmlIsAnErrorWithLineAndColumn() {
        StorageFormatException error =
                assertThrows(StorageFormatException.class, () -> parser.parse("<p>one</p>\n<p>two</b>"));

        assertEquals(2, error.position().line());
        assertTrue(error.position().column() >= 7);
        assertTrue(error.problem(), error.problem().contains("\"p\""));
        assertTrue(error.getMessage(), error.getMessage().startsWith("line 2, column "));
    }

    @Test
    public void anUnknownEntityIsAnErrorNamingIt() {
        StorageFormatException error = assertThrows(StorageFormatException.class, () -> parser.parse("<p>&bogus;</p>"));

        assertTrue(error.problem(), error.problem().contains("bogus"));
        assertEquals(1, error.position().line());
    }

    @Test
    public void aDoctypeIsRefusedSoThePageCannotDeclareEntities() {
        String billionLaughs =
                "<!DOCTYPE p [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;\">]>" + "<p>&b;</p>";

        StorageFormatException error = assertThrows(StorageFormatException.class, () -> parser.parse(billionLaughs));

        assertTrue(error.problem(), error.problem().contains("DOCTYPE"));
        assertEquals(new SourcePosition(1, 1), error.position());
    }

    @Test
    public void anExternalEntityIsNeverRead() {
        String xxe = "<p>x</p>\n<!DOCTYPE p SYSTEM \"file:///etc/passwd\">";

        StorageFormatException error = assertThrows(StorageFormatException.class, () -> parser.parse(xxe));

        assertEquals(2, error.position().line());
    }

    @Test
    public void anXmlDeclarationAndByteOrderMarkAreAccepted() throws Exception {
        StorageElement root = parser.parse("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?><p>ok</p>");

        assertEquals("ok", root.textContent());
        assertEquals(1, root.childElements().get(0).position().line());
    }

    @Test
    public void nestingBeyondTheLimitIsAClearError() {
        StorageFormatParser shallow = new StorageFormatParser(10, 1_000);
        String deep = "<div>".repeat(12) + "</div>".repeat(12);

        StorageFormatException error = assertThrows(StorageFormatException.class, () -> shallow.parse(deep));

        assertTrue(error.problem(), error.problem().contains("nested more than 10"));
    }

    @Test
    public void hostilePagesEndInTheClearErrorWithTheDefaultLimits() {
        StorageFormatParser parser = new StorageFormatParser();
        String laughs = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><p>&lol3;</p>";
        String tenThousandDeep = "<p>".repeat(10_000) + "</p>".repeat(10_000);
        String fiftyMegabytes = "<p>" + "x".repeat(50 * 1024 * 1024) + "</p>";

        assertTrue(assertThrows(StorageFormatException.class, () -> parser.parse(laughs))
                .problem()
                .contains("DOCTYPE"));
        assertTrue(assertThrows(StorageFormatException.class, () -> parser.parse(tenThousandDeep))
                .problem()
                .contains("nested more than " + StorageFormatParser.DEFAULT_MAX_DEPTH));
        assertTrue(assertThrows(StorageFormatException.class, () -> parser.parse(fiftyMegabytes))
                .problem()
                .contains("at most"));
    }

    @Test
    public void aSourceBeyondTheSizeLimitIsRefusedBeforeParsing() {
        StorageFormatParser small = new StorageFormatParser(100, 20);

        StorageFormatException error =
                assertThrows(StorageFormatException.class, () -> small.parse("<p>" + "x".repeat(30) + "</p>"));

        assertTrue(error.problem(), error.problem().contains("at most 20"));
        assertFalse(error.position().isKnown());
    }

    @Test
    public void commentsAreDroppedAndTextAroundThemJoined() throws Exception {
        StorageElement root = parser.parse("<p>a<!-- hidden -->b</p>");

        assertEquals(List.of(new StorageText("ab")), root.childElements().get(0).children());
    }

    @Test
    public void macroParametersAreReadByName() throws Exception {
        StorageElement macro = parser.parse("<ac:structured-macro ac:name=\"jira\"><ac:parameter ac:name=\"key\"> DM-1 "
                        + "</ac:parameter><ac:parameter ac:name=\"server\"></ac:parameter></ac:structured-macro>")
                .childElements()
                .get(0);

        assertTrue(macro.isMacro("jira"));
        assertFalse(macro.isMacro("agenda"));
        assertEquals("DM-1", macro.macroParameter("key").orElseThrow());
        assertTrue(
                "a blank parameter counts as absent",
                macro.macroParameter("server").isEmpty());
    }

    @Test
    public void writesBackWhatItRead() throws Exception {
        String source = "<p class=\"x\">a &amp; b<br /><ac:link><ri:user ri:username=\"q&quot;\" /></ac:link></p>";

        StorageElement root = parser.parse(source);

        assertEquals(source, StorageWriter.write(root.childElements().get(0)));
    }
}
