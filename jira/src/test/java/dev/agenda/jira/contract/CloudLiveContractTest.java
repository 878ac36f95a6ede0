package dev.agenda.jira.contract;

import dev.agenda.core.tracker.ServerInfo;

/** The contract: the REST client in the Cloud dialect against the fake Jira served over HTTP. */
public class CloudLiveContractTest extends HttpContract {

    @Override
    protected Backend backend() {
        return Backend.LIVE_FAKE;
    }

    @Override
    protected ServerInfo.Deployment deployment() {
        return ServerInfo.Deployment.CLOUD;
    }
}
