package com.atlassian.sal.api.net;

// Stand-in for com.atlassian.sal:sal-api (com.atlassian.sal.api.net.ResponseException); only the members the plugin uses.
public class ResponseException extends Exception {

    public ResponseException(String message) {
        super(message);
    }

    public ResponseException(String message, Throwable cause) {
        super(message, cause);
    }

    public ResponseException(Throwable cause) {
        super(cause);
    }
}
