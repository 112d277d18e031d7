package com.atlassian.sal.api.net;

// Stand-in for com.atlassian.sal:sal-api (com.atlassian.sal.api.net.ReturningResponseHandler); only the members the plugin implements.
public interface ReturningResponseHandler<T extends Response, R> {

    R handle(T response) throws ResponseException;
}
