package com.atlassian.sal.api.user;

import java.io.Serializable;

/**
 * Stand-in (compile only): a final class with a String constructor and getStringValue(). Checked against
 * https://docs.atlassian.com/sal-parent/3.0.4/xref/com/atlassian/sal/api/user/UserKey.html.
 */
public final class UserKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String userkey;

    public UserKey(String userkey) {
        this.userkey = userkey;
    }

    public String getStringValue() {
        return userkey;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserKey key && key.userkey.equals(userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }

    @Override
    public String toString() {
        return userkey;
    }
}
