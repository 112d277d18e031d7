package com.atlassian.sal.api.net;

import java.io.InputStream;

// Stand-in for com.atlassian.sal:sal-api (com.atlassian.sal.api.net.Response); only the members the plugin calls.
public interface Response {

    int getStatusCode();

    InputStream getResponseBodyAsStream() throws ResponseException;
}
