package dev.agenda.jira.http;

import static dev.agenda.jira.testing.ScriptedTransport.json;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agenda.core.tracker.TrackerError;
import java.time.Clock;
import java.util.Map;
import org.junit.Test;

public class ErrorMapperTest {

    private static final String WHERE = "Jira at https://jira.example.org";

    private final ErrorMapper mapper = new ErrorMapper(new ObjectMapper(), new RateLimitWait(Clock.systemUTC()));

    @Test
    public void validationErrorsKeepTheirFieldNamesAndMessages() {
        TrackerError error = mapper.map(
                json(
                        400,
                        "{\"errorMessages\":[\"Field errors.\"],\"errors\":"
                                + "{\"summary\":\"You must specify a summary of the issue.\",\"duedate\":\"Invalid "
                                + "date\"}}"),
                Subject.none(),
                WHERE);

        assertEquals(TrackerError.Kind.INVALID, error.kind());
        assertEquals(
                Map.of("summary", "You must specify a summary of the issue.", "duedate", "Invalid date"),
                error.fieldErrors());
        assertTrue(error.message(), error.message().contains("Field errors"));
        assertTrue(error.message(), error.message().contains("summary: You must specify"));
    }

    @Test
    public void validationErrorsWithOnlyOneOfTheTwoKeys() {
        TrackerError onlyFields = mapper.map(
                json(400, "{\"errors\":{\"issuetype\":\"valid issue type required\"}}"), Subject.none(), WHERE);
        TrackerError onlyMessages =
                mapper.map(json(400, "{\"errorMessages\":[\"JQL is wrong\"]}"), Subject.none(), WHERE);
        TrackerError neither = mapper.map(json(400, ""), Subject.none(), WHERE);

        assertEquals(Map.of("issuetype", "valid issue type required"), onlyFields.fieldErrors());
        assertTrue(onlyMessages.fieldErrors().isEmpty());
        assertTrue(onlyMessages.message(), onlyMessages.message().contains("JQL is wrong"));
        assertEquals(TrackerError.Kind.INVALID, neither.kind());
        assertEquals("Jira rejected the request.", neither.message());
    }

    @Test
    public void notFoundIsWordedForWhatWasAskedFor() {
        TrackerError project = mapper.map(
                json(404, "{\"errorMessages\":[\"No project could be found with key " + "'NOPE'.\"],\"errors\":{}}"),
                Subject.project("NOPE"),
                WHERE);
        TrackerError issue = mapper.map(
                json(404, "{\"errorMessages\":[\"Issue Does Not Exist\"]}"), Subject.issue("DM-99999"), WHERE);
        TrackerError other = mapper.map(json(404, ""), Subject.other("transition 99 of DM-1"), WHERE);

        assertEquals(TrackerError.Kind.PROJECT_NOT_FOUND, project.kind());
        assertEquals("Jira project NOPE doesn't exist or you don't have permission to view it.", project.message());
        assertEquals(TrackerError.Kind.ISSUE_NOT_FOUND, issue.kind());
        assertTrue(issue.message().contains("DM-99999"));
        assertEquals(TrackerError.Kind.NOT_FOUND, other.kind());
    }

    @Test
    public void authenticationAndPermissionAreDistinct() {
        TrackerError unauthenticated = mapper.map(json(401, "<html>login</html>"), Subject.none(), WHERE);
        TrackerError forbidden = mapper.map(
                json(403, "{\"errorMessages\":[\"You cannot edit this issue\"]}"), Subject.issue("DM-1"), WHERE);

        assertEquals(TrackerError.Kind.NOT_AUTHENTICATED, unauthenticated.kind());
        assertTrue(unauthenticated.message().contains(WHERE));
        assertEquals(TrackerError.Kind.FORBIDDEN, forbidden.kind());
        assertTrue(forbidden.message().contains("You cannot edit this issue"));
    }

    @Test
    public void serverFailuresAreUnavailableAndTransient() {
        TrackerError error = mapper.map(json(504, "<html>Gateway Timeout</html>"), Subject.none(), WHERE);

        assertEquals(TrackerError.Kind.UNAVAILABLE, error.kind());
        assertTrue(error.isTransient());
        assertTrue(error.message().contains("504"));
    }

    @Test
    public void unexpectedStatusesAreBadResponsesNotCrashes() {
        TrackerError gone = mapper.map(
                json(410, "{\"errorMessages\":[\"The requested API has been removed.\"]}"), Subject.none(), WHERE);
        TrackerError redirect = mapper.map(json(302, ""), Subject.none(), WHERE);

        assertEquals(TrackerError.Kind.BAD_RESPONSE, gone.kind());
        assertTrue(gone.message().contains("410"));
        assertEquals(TrackerError.Kind.BAD_RESPONSE, redirect.kind());
        assertFalse(redirect.isTransient());
    }

    @Test
    public void errorBodiesThatAreNotJiraJsonGiveNoMessages() {
        assertTrue(mapper.messages("[1,2]").messages().isEmpty());
        assertTrue(
                mapper.messages("{\"errorMessages\":\"not a list\"}").messages().isEmpty());
        assertTrue(mapper.messages("{\"errorMessages\":[null, 3, \"real\"]}")
                .messages()
                .contains("real"));
    }
}
