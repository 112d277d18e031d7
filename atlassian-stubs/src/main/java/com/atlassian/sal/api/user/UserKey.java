package com.atlassian.sal.api.user;

import java.io.Serializable;

// Stand-in for com.atlassian.sal:sal-api (com.atlassian.sal.api.user.UserKey); only the members the plugin calls.
public final class UserKey implements Serializable {

    /** The real class has no no-argument constructor; this one is here only to hide the implicit one. */
    public UserKey(String userKey) {
        throw new UnsupportedOperationException();
    }

    public String getStringValue() {
        throw new UnsupportedOperationException();
    }
}
