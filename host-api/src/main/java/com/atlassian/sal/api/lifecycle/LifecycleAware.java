package com.atlassian.sal.api.lifecycle;

/**
 * Stand-in (compile only). Checked against
 * https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/lifecycle/LifecycleAware.html:
 * {@code onStart()} once the application is set up, the plugin enabled and the framework started; {@code onStop()}
 * before the plugin is disabled or the framework shuts down, only after onStart. The component must be exported as an
 * OSGi service with this interface to be called.
 */
public interface LifecycleAware {

    void onStart();

    void onStop();
}
