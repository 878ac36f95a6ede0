package dev.agenda.core.tracker;

import java.util.Objects;

/**
 * What a tracker says about itself: where it is, its version, and whether it is Jira Data Center (or Server) or Cloud.
 */
public record ServerInfo(String baseUrl, String version, Deployment deployment, String title) {

    /** Jira's {@code deploymentType}. */
    public enum Deployment {
        SERVER,
        DATA_CENTER,
        CLOUD
    }

    public ServerInfo {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(deployment, "deployment");
        Objects.requireNonNull(title, "title");
    }

    public boolean isCloud() {
        return deployment == Deployment.CLOUD;
    }
}
