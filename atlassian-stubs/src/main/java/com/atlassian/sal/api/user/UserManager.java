package com.atlassian.sal.api.user;

// Stand-in for com.atlassian.sal:sal-api (com.atlassian.sal.api.user.UserManager); only the members the plugin calls.
public interface UserManager {

    /** The logged-in user's key, or null for an anonymous request. */
    UserKey getRemoteUserKey();
}
