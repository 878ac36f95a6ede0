package dev.agenda.jira.contract;

import static dev.agenda.jira.contract.CannedJira.assertReported;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import dev.agenda.jira.testing.Examples;
import dev.agenda.jira.transport.JiraRequest;
import dev.agenda.jira.transport.JiraResponse;
import dev.agenda.jira.transport.JiraTransportException;
import org.junit.Test;

/**
 * The validating transport against canned answers: the Cloud examples from Atlassian's description and Data Center
 * exchanges in the client's v2 form pass; paths, bodies and answers that do not match the descriptions are reported.
 */
public class OpenApiValidatingTransportTest {

    private final CannedJira jira = new CannedJira();

    // --- (a) paths that are not in the description

    @Test
    public void reportsAPathThatIsNotInTheDataCenterDescription() throws Exception {
        OpenApiValidatingTransport transport = OpenApiValidatingTransport.forDataCenter(jira);
        jira.answer(200, "{}");

        transport.execute(JiraRequest.get("/rest/api/2/issue/DM-1/comment"));

        assertReported(transport, "GET /rest/api/2/issue/DM-1/comment request: ", "No API path found");
    }

    @Test
    public void reportsACloudPathThatIsNotInTheCloudDescription() throws Exception {
        OpenApiValidatingTransport transport = OpenApiValidatingTransport.forCloud(jira);
        jira.answer(200, "{}");

        transport.execute(JiraRequest.post("/rest/api/3/search", "{\"jql\":\"project = DM\"}"));

        assertReported(transport, "POST /rest/api/3/search request: ", "No API path found");
    }

    @Test
    public void reportsAMethodThePathDoesNotAllow() throws Exception {
        OpenApiValidatingTransport transport = OpenApiValidatingTransport.forDataCenter(jira);
        jira.answer(204, "");

        transport.execute(JiraRequest.put("/rest/api/2/serverInfo", "{}"));

        assertReported(transport, "PUT /rest/api/2/serverInfo request: ", "operation not allowed");
    }

    // --- (b) the Cloud examples validate

    @Test
    public void cloudCreateRequestAndItsAnswersValidate() throws Exception {
        OpenApiValidatingTransport transport = OpenApiValidatingTransport.forCloud(jira);
        JiraRequest create = JiraRequest.post("/rest/api/3/issue", example("cloud-v3__issue-create__request-adf.json"));

        jira.answer(201, example("cloud-v3__issue-create__201-response.json"));
        JiraResponse created = transport.execute(create);
        jira.answer(400, example("cloud-v3__issue-create__400-response.json"));
        transport.execute(create);

        transport.assertNoViolations();
        assertEquals(201, created.status());
        assertSame(create, jira.requests.get(0));
    }

    @Test
    public void cloudBulkCreateValidatesIncludingTheAllFailedAnswer() throws Exception {
        OpenApiValidatingTransport transport = OpenApiValidatingTransport.forCloud(jira);
        JiraRequest bulk =
                JiraRequest.post("/rest/api/3/issue/bulk", example("cloud-v3__issue-bulk__request-adf.json"));

        jira.answer(201, example("cloud-v3__issue-bulk__201-response.json"));
        transport.execute(bulk);
        jira.answer(400, example("cloud-v3__issue-bulk__400-response-all-failed.json"));
        transport.execute(bulk);

        transport.assertNoViolations();
    }

    @Test
    public void cloudSearchByJqlValidatesByPostAndByGet() throws Exception {
        OpenApiValidatingTransport transport = OpenApiValidatingTransport.forCloud(jira);

        jira.answer(200, example("cloud-v3__search-jql-post__200.json"));
        transport.execute(JiraRequest.post(
                "/rest/api/3/search/jql",
                "{\"jql\":\"project = DM\",\"maxResults\":50,"
                        + "\"fields\":[\"summary\",\"labels\"],\"properties\":[\"agenda.action\"],"
                        + "\"nextPageToken\":\"t1\"}"));
        jira.answer(200, example("cloud-v3__search-jql__200.json"));
        transport.execute(JiraRequest.get("/rest/api/3/search/jql?jql=project%20%3D%20DM&maxResults=50"
                + "&fields=summary,labels&properties=agenda.action"));

        transport.assertNoViolations();
    }

    @Test
    public void cloudReadsValidate() throws Exception {
        OpenApiValidatingTransport transport = OpenApiValidatingTransport.forCloud(jira);

        jira.answer(200, example("cloud-v3__transitions-get__200.json"));
        transport.execute(JiraRequest.get("/rest/api/3/issue/DM-1/transitions"));
        jira.answer(200, example("cloud-v3__myself__200.json"));
        transport.execute(JiraRequest.get("/rest/api/3/myself"));
        jira.answer(200, example("cloud-v3__issue-get__200.json"));
        transport.execute(JiraRequest.get("/rest/api/3/issue/DM-1?fields=summary,labels&properties=agenda.action"));
        jira.answer(200, example("cloud-v3__issue-property-get__200.json"));
        transport.execute(JiraRequest.get("/rest/api/3/issue/DM-1/properties/agenda.action"));
        jira.answer(200, "[" + example("cloud-v3__myself__200.json") + "]");
        transport.execute(JiraRequest.get("/rest/api/3/user/search?query=mia%40example.com&maxResults=50"));

        transport.assertNoViolations();
    }

    @Test
    public void cloudRemoteLinkValidates() throws Exception {
        OpenApiValidatingTransport transport = OpenApiValidatingTransport.forCloud(jira);
        JiraRequest link = JiraRequest.post(
                "/rest/api/3/issue/DM-1/remotelink", example("cloud-v3__remotelink-post__request.json"));

        jira.answer(201, example("cloud-v3__remotelink-post__201-response.json"));
        transport.execute(link);
        jira.answer(400, example("cloud-v3__remotelink-post__400-response.json"));
        transport.execute(link);

        transport.assertNoViolations();
    }

    @Test
    public void cloudEmptyAnswersValidate() throws Exception {
        OpenApiValidatingTransport transport = OpenApiValidatingTransport.forCloud(jira);

        jira.answer(204, "");
        transport.execute(
                JiraRequest.put("/rest/api/3/issue/DM-1", "{\"fields\":{\"summary\":\"s\",\"duedate\":null}}"));
        transport.execute(JiraRequest.post("/rest/api/3/issue/DM-1/transitions", "{\"transition\":{\"id\":\"31\"}}"));
        transport.execute(JiraRequest.post("/rest/api/3/issue/DM-1/watchers", "\"5b10a2844c20165700ede21g\""));
        jira.answer(200, "");
        transport.execute(JiraRequest.put("/rest/api/3/issue/DM-1/properties/agenda.action", "{\"id\":\"1\"}"));

        transport.assertNoViolations();
    }

    @Test
    public void cloudAnswersServerInfoUnderApi2WithJiraTimestamps() throws Exception {
        OpenApiValidatingTransport transport = OpenApiValidatingTransport.forCloud(jira);
        jira.answer(
                200,
                "{\"baseUrl\":\"https://example.atlassian.net\",\"version\":\"1001.0.0-SNAPSHOT\","
                        + "\"versionNumbers\":[1001,0,0],\"deploymentType\":\"Cloud\",\"buildNumber\":100296,"
                        + "\"buildDate\":\"2025-11-20T00:00:00.000+0000\","
                        + "\"serverTime\":\"2025-11-28T10:15:30.123+0000\","
                        + "\"scmInfo\":\"abc\",\"serverTitle\":\"Jira\"}");

        transport.execute(JiraRequest.get("/rest/api/2/serverInfo"));

        transport.assertNoViolations();
    }

    // --- (c) wrong bodies and answers are reported

    @Test
    public void reportsACreateRequestWithWronglyTypedFields() throws Exception {
        OpenApiValidatingTransport transport = OpenApiValidatingTransport.forCloud(jira);
        jira.answer(201, example("cloud-v3__issue-create__201-response.json"));

        transport.execute(JiraRequest.post("/rest/api/3/issue", "{\"fields\":\"x\"}"));

        assertReported(transport, "POST /rest/api/3/issue request: ", "/fields");
    }

    @Test
    public void reportsADataCenterBulkRequestWithWronglyTypedIssueUpdates() throws Exception {
        OpenApiValidatingTransport transport = OpenApiValidatingTransport.forDataCenter(jira);
        jira.answer(201, "{\"issues\":[],\"errors\":[]}");

        transport.execute(JiraRequest.post("/rest/api/2/issue/bulk", "{\"issueUpdates\":{\"fields\":{}}}"));

        assertReported(transport, "POST /rest/api/2/issue/bulk request: ", "/issueUpdates");
    }

    @Test
    public void reportsAnAnswerMissingARequiredProperty() throws Exception {
        OpenApiValidatingTransport transport = OpenApiValidatingTransport.forCloud(jira);
        // Cloud's FieldMetadata requires "schema"; drop it from the first transition's field.
        String published = example("cloud-v3__transitions-get__200.json");
        String withoutSchema = published.replaceFirst(",\\s*\"schema\": \\{[^}]*}", "");
        assertTrue("the example still has the field's schema", withoutSchema.length() < published.length());
        jira.answer(200, withoutSchema);

        transport.execute(JiraRequest.get("/rest/api/3/issue/DM-1/transitions"));

        assertReported(transport, "GET /rest/api/3/issue/DM-1/transitions response 200: ", "schema");
    }

    @Test
    public void reportsAnUnknownPropertyInARequestButNotInAnAnswer() throws Exception {
        OpenApiValidatingTransport transport = OpenApiValidatingTransport.forCloud(jira);
        jira.answer(200, "{\"issues\":[],\"isLast\":true,\"somethingNew\":1}");

        transport.execute(JiraRequest.post("/rest/api/3/search/jql", "{\"jql\":\"project = DM\",\"startAt\":0}"));

        assertReported(transport, "POST /rest/api/3/search/jql request: ", "startAt");
        assertEquals(
                transport.violations().toString(), 1, transport.violations().size());
    }

    @Test
    public void reportsAnEmptyAnswerWhereABodyIsDeclared() throws Exception {
        OpenApiValidatingTransport transport = OpenApiValidatingTransport.forDataCenter(jira);
        jira.answer(200, "");

        transport.execute(JiraRequest.get("/rest/api/2/myself"));

        assertReported(transport, "GET /rest/api/2/myself response 200: ", "no response body");
    }

    @Test
    public void reportsAnUndeclaredSuccessStatus() throws Exception {
        OpenApiValidatingTransport transport = OpenApiValidatingTransport.forDataCenter(jira);
        jira.answer(202, "");

        transport.execute(JiraRequest.put("/rest/api/2/issue/DM-1", "{\"fields\":{\"summary\":\"s\"}}"));

        assertReported(transport, "PUT /rest/api/2/issue/DM-1 response 202: ", "202");
    }

    @Test
    public void decodesTheQueryBeforeValidatingIt() throws Exception {
        OpenApiValidatingTransport transport = OpenApiValidatingTransport.forDataCenter(jira);
        jira.answer(200, "[]");

        // "%35%30" is "50": only a decoded value is an integer.
        transport.execute(JiraRequest.get("/rest/api/2/user/search?username=fred%40example.org&maxResults=%35%30"));
        transport.assertNoViolations();
        transport.execute(JiraRequest.get("/rest/api/2/user/search?username=fred&maxResults=fifty"));

        assertReported(
                transport,
                "GET /rest/api/2/user/search?username=fred&maxResults=fifty request: ",
                "query parameter 'maxResults'");
    }

    // --- errors, failures and the record itself

    @Test
    public void errorAnswersTheDescriptionDoesNotDeclareAreNotReported() throws Exception {
        OpenApiValidatingTransport transport = OpenApiValidatingTransport.forDataCenter(jira);
        jira.answer(404, "{\"errorMessages\":[\"Issue does not exist\"],\"errors\":{}}");
        transport.execute(JiraRequest.get("/rest/api/2/issue/DM-404/watchers"));
        jira.answer(503, "<html>unavailable</html>");
        transport.execute(JiraRequest.get("/rest/api/2/myself"));

        transport.assertNoViolations();
    }

    @Test
    public void declaredErrorAnswersAreStillValidated() throws Exception {
        OpenApiValidatingTransport transport = OpenApiValidatingTransport.forCloud(jira);
        jira.answer(400, "{\"errorMessages\":\"Field 'priority' is required\"}");

        transport.execute(JiraRequest.post("/rest/api/3/issue", example("cloud-v3__issue-create__request-adf.json")));

        assertReported(transport, "POST /rest/api/3/issue response 400: ", "errorMessages");
    }

    @Test
    public void validatesTheRequestWhenThereIsNoAnswer() {
        OpenApiValidatingTransport transport = OpenApiValidatingTransport.forDataCenter(jira);
        jira.fail = new JiraTransportException(JiraTransportException.Kind.TIMEOUT, "Jira at x timed out");

        try {
            transport.execute(JiraRequest.post("/rest/api/2/issue", "{\"fields\":[]}"));
            fail("the transport failure is passed on");
        } catch (JiraTransportException expected) {
            assertSame(jira.fail, expected);
        }

        assertReported(transport, "POST /rest/api/2/issue request: ", "/fields");
    }

    @Test
    public void assertNoViolationsListsThemAllAndClearForgetsThem() throws Exception {
        OpenApiValidatingTransport transport = OpenApiValidatingTransport.forDataCenter(jira);
        jira.answer(200, "{}");
        transport.execute(JiraRequest.get("/rest/api/2/one"));
        transport.execute(JiraRequest.get("/rest/api/2/two"));

        AssertionError both = assertThrows(AssertionError.class, transport::assertNoViolations);
        assertTrue(both.getMessage(), both.getMessage().contains("GET /rest/api/2/one request: "));
        assertTrue(both.getMessage(), both.getMessage().contains("GET /rest/api/2/two request: "));
        transport.clear();
        transport.assertNoViolations();
        assertEquals("canned", transport.describe());
    }

    private static String example(String name) {
        return Examples.read(name);
    }
}
