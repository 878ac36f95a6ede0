package dev.agenda.jira.contract;

import static dev.agenda.jira.contract.CannedJira.assertReported;

import dev.agenda.jira.transport.JiraRequest;
import org.junit.Test;

/** The validator on the client's Data Center (REST v2) exchanges, including where the description needed patching. */
public class DataCenterDescriptionTest {

    private final CannedJira jira = new CannedJira();

    @Test
    public void dataCenterBulkCreateInV2FormValidates() throws Exception {
        OpenApiValidatingTransport transport = OpenApiValidatingTransport.forDataCenter(jira);
        jira.answer(
                201,
                "{\"issues\":[{\"id\":\"10000\",\"key\":\"DM-1\","
                        + "\"self\":\"https://jira.example.org/rest/api/2/issue/10000\"}],\"errors\":[]}");

        transport.execute(JiraRequest.post(
                "/rest/api/2/issue/bulk",
                "{\"issueUpdates\":[{\"fields\":{\"project\":"
                        + "{\"key\":\"DM\"},\"summary\":\"s\",\"issuetype\":{\"name\":\"Task\"},"
                        + "\"description\":\"wiki text\","
                        + "\"labels\":[\"meeting-action\"]},\"properties\":[{\"key\":\"agenda.action\",\"value\":"
                        + "{\"id\":\"1\"}}]}]}"));

        transport.assertNoViolations();
    }

    @Test
    public void dataCenterSearchAnswerValidates() throws Exception {
        OpenApiValidatingTransport transport = OpenApiValidatingTransport.forDataCenter(jira);
        jira.answer(
                200,
                "{\"expand\":\"schema,names\",\"startAt\":0,\"maxResults\":50,\"total\":1,\"issues\":[{"
                        + "\"expand\":\"operations\",\"id\":\"10000\",\"key\":\"DM-1\","
                        + "\"self\":\"https://jira.example.org/rest/api/2/issue/10000\",\"fields\":{\"summary\":\"s\","
                        + "\"labels\":[\"meeting-action\"],\"duedate\":null,\"assignee\":null,"
                        + "\"status\":{\"name\":\"Open\","
                        + "\"statusCategory\":{\"key\":\"new\"}}},"
                        + "\"properties\":{\"agenda.action\":{\"id\":\"1\"}}}]}");

        transport.execute(JiraRequest.post(
                "/rest/api/2/search",
                "{\"jql\":\"project = DM\",\"startAt\":0,"
                        + "\"maxResults\":50,\"fields\":[\"summary\",\"labels\"],\"validateQuery\":true}"));

        transport.assertNoViolations();
    }

    @Test
    public void dataCenterSearchRequestHasNoPropertiesAndABooleanValidateQuery() throws Exception {
        OpenApiValidatingTransport transport = OpenApiValidatingTransport.forDataCenter(jira);
        jira.answer(200, "{\"startAt\":0,\"maxResults\":50,\"total\":0,\"issues\":[]}");

        transport.execute(JiraRequest.post(
                "/rest/api/2/search",
                "{\"jql\":\"project = DM\",\"startAt\":0,"
                        + "\"maxResults\":50,\"fields\":[\"summary\"],\"properties\":[\"agenda.action\"],"
                        + "\"validateQuery\":\"warn\"}"));

        assertReported(transport, "POST /rest/api/2/search request: ", "properties");
        assertReported(transport, "POST /rest/api/2/search request: ", "validateQuery");
    }

    @Test
    public void dataCenterExchangesTheDescriptionGetsWrongValidateAfterPatching() throws Exception {
        OpenApiValidatingTransport transport = OpenApiValidatingTransport.forDataCenter(jira);

        jira.answer(200, "[{\"name\":\"fred\",\"key\":\"JIRAUSER10100\",\"displayName\":\"Fred\",\"active\":true}]");
        transport.execute(JiraRequest.get("/rest/api/2/user/search?username=fred&maxResults=50"));
        jira.answer(
                200,
                "{\"startAt\":0,\"maxResults\":50,\"total\":1,\"isLast\":true,\"values\":[{\"id\":\"10001\","
                        + "\"name\":\"Task\",\"subtask\":false}]}");
        transport.execute(JiraRequest.get("/rest/api/2/issue/createmeta/DM/issuetypes?startAt=0&maxResults=50"));
        jira.answer(201, "{\"id\":10000,\"self\":\"https://jira.example.org/rest/api/2/issue/DM-1/remotelink/10000\"}");
        transport.execute(JiraRequest.post(
                "/rest/api/2/issue/DM-1/remotelink",
                "{\"globalId\":\"agenda:1\","
                        + "\"application\":{\"type\":\"dev.agenda\",\"name\":\"agenda\"},"
                        + "\"relationship\":\"mentioned in\","
                        + "\"object\":{\"url\":\"https://wiki.example.org/x\",\"title\":\"Meeting\"}}"));
        jira.answer(200, "");
        transport.execute(JiraRequest.put("/rest/api/2/issue/DM-1/properties/agenda.action", "{\"id\":\"1\"}"));
        jira.answer(200, "{\"key\":\"agenda.action\",\"value\":{\"id\":\"1\"}}");
        transport.execute(JiraRequest.get("/rest/api/2/issue/DM-1/properties/agenda.action"));
        jira.answer(204, "");
        transport.execute(JiraRequest.put(
                "/rest/api/2/issue/DM-1",
                "{\"fields\":{\"duedate\":null," + "\"assignee\":{\"name\":\"fred\"},\"description\":\"h1. wiki\"}}"));
        transport.execute(JiraRequest.post("/rest/api/2/issue/DM-1/watchers", "\"fred\""));
        jira.answer(
                200,
                "{\"baseUrl\":\"https://jira.example.org\",\"version\":\"10.3.12\","
                        + "\"versionNumbers\":[10,3,12],\"deploymentType\":\"Server\",\"buildNumber\":10030012,"
                        + "\"serverTime\":\"2025-11-28T10:15:30.123+0000\",\"serverTitle\":\"Jira\"}");
        transport.execute(JiraRequest.get("/rest/api/2/serverInfo"));

        transport.assertNoViolations();
    }

    @Test
    public void dataCenterCreateMetaIssueTypesAreCheckedAsAPage() throws Exception {
        OpenApiValidatingTransport transport = OpenApiValidatingTransport.forDataCenter(jira);
        jira.answer(
                200,
                "{\"startAt\":0,\"maxResults\":50,\"total\":1,\"isLast\":true,\"values\":[{\"id\":10001,"
                        + "\"name\":\"Task\",\"subtask\":\"no\"}]}");

        transport.execute(JiraRequest.get("/rest/api/2/issue/createmeta/DM/issuetypes?startAt=0&maxResults=50"));

        assertReported(
                transport,
                "GET /rest/api/2/issue/createmeta/DM/issuetypes?startAt=0&maxResults=50 response " + "200: ",
                "/values/0/subtask");
        assertReported(
                transport,
                "GET /rest/api/2/issue/createmeta/DM/issuetypes?startAt=0&maxResults=50 response " + "200: ",
                "/values/0/id");
    }
}
