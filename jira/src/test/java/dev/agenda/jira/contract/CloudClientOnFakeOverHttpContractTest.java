package dev.agenda.jira.contract;

import dev.agenda.core.tracker.ServerInfo;

/**
 * The contract: the REST client in the Cloud dialect (REST v3, email and API token) against the fake Jira served over
 * HTTP on loopback, its seeded world fresh for each test. No real Jira is involved.
 */
public class CloudClientOnFakeOverHttpContractTest extends ClientOnFakeContract {

    @Override
    protected Backend backend() {
        return Backend.FAKE_OVER_HTTP;
    }

    @Override
    protected ServerInfo.Deployment deployment() {
        return ServerInfo.Deployment.CLOUD;
    }
}
