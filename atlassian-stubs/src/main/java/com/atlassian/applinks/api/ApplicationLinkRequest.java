package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;

// Stand-in for com.atlassian.applinks:applinks-api (com.atlassian.applinks.api.ApplicationLinkRequest); only the members the plugin calls.
public interface ApplicationLinkRequest extends Request<ApplicationLinkRequest, Response> {

    <R> R execute(ApplicationLinkResponseHandler<R> responseHandler) throws ResponseException;
}
