package com.atlassian.sal.api.user;

import java.io.Serializable;

// Stand-in for com.atlassian.sal:sal-api (com.atlassian.sal.api.user.UserKey); only the members the plugin calls.
public final class UserKey implements Serializable {

    public String getStringValue() {
        throw new UnsupportedOperationException();
    }
}
