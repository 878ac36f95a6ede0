package dev.agenda.jira.contract;

import dev.agenda.core.tracker.ServerInfo;

/**
 * The contract: the REST client in the Cloud dialect against WireMock replaying what the fake Jira (Cloud dialect)
 * answered when the recordings were made ({@code recordings-of-the-fake/cloud/}). The recordings are of the fake, not
 * of a real Jira: they pin the client's requests and the fake's answers, so a change to either shows.
 */
public class CloudClientOnRecordingsOfFakeContractTest extends ClientOnFakeContract {

    @Override
    protected Backend backend() {
        return Backend.RECORDINGS_OF_THE_FAKE;
    }

    @Override
    protected ServerInfo.Deployment deployment() {
        return ServerInfo.Deployment.CLOUD;
    }
}
