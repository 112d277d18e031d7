package com.atlassian.sal.api.net;

// Stand-in for com.atlassian.sal:sal-api (com.atlassian.sal.api.net.Response); only the members the plugin calls.
public interface Response {

    int getStatusCode();

    String getResponseBodyAsString() throws ResponseException;
}
