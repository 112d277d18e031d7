package com.atlassian.sal.api.net;

// Stand-in for com.atlassian.sal:sal-api (com.atlassian.sal.api.net.ResponseException); the plugin only catches it;
// the implicit constructor stands for the real public no-argument one.
public class ResponseException extends Exception {
}
