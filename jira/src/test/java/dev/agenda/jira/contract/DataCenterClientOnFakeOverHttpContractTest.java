package dev.agenda.jira.contract;

import dev.agenda.core.tracker.ServerInfo;

/**
 * The contract: the REST client in the Data Center dialect (REST v2, personal access token) against the fake Jira
 * served over HTTP on loopback, its seeded world fresh for each test. No real Jira is involved.
 */
public class DataCenterClientOnFakeOverHttpContractTest extends ClientOnFakeContract {

    @Override
    protected Backend backend() {
        return Backend.FAKE_OVER_HTTP;
    }

    @Override
    protected ServerInfo.Deployment deployment() {
        return ServerInfo.Deployment.DATA_CENTER;
    }
}
