package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;

// Stand-in for com.atlassian.applinks:applinks-api (com.atlassian.applinks.api.ApplicationLinkRequestFactory); only the members the plugin calls.
public interface ApplicationLinkRequestFactory extends AuthorisationURIGenerator {

    /** {@code url} is relative to the link's RPC URL. */
    ApplicationLinkRequest createRequest(Request.MethodType methodType, String url) throws CredentialsRequiredException;
}
