package dev.agenda.jira.contract;

import dev.agenda.core.tracker.ServerInfo;

/** The contract: the REST client in the DataCenter dialect against the fake Jira served over HTTP. */
public class DataCenterLiveContractTest extends HttpContract {

    @Override
    protected Backend backend() {
        return Backend.LIVE_FAKE;
    }

    @Override
    protected ServerInfo.Deployment deployment() {
        return ServerInfo.Deployment.DATA_CENTER;
    }
}
