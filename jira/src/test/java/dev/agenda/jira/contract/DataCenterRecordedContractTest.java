package dev.agenda.jira.contract;

import dev.agenda.core.tracker.ServerInfo;

/** The contract: the REST client in the DataCenter dialect against WireMock replaying recorded answers. */
public class DataCenterRecordedContractTest extends HttpContract {

    @Override
    protected Backend backend() {
        return Backend.RECORDED;
    }

    @Override
    protected ServerInfo.Deployment deployment() {
        return ServerInfo.Deployment.DATA_CENTER;
    }
}
