package com.atlassian.sal.api.net;

// Stand-in for com.atlassian.sal:sal-api (com.atlassian.sal.api.net.Request); only the members the plugin calls.
public interface Request<T extends Request<?, ?>, RESP extends Response> {

    /** Milliseconds. */
    T setConnectionTimeout(int connectionTimeout);

    /** Milliseconds. */
    T setSoTimeout(int soTimeout);

    T addHeader(String headerName, String headerValue);

    /** The real enum also has POST, PUT, DELETE, HEAD, TRACE, OPTIONS and PATCH. */
    enum MethodType {
        GET
    }
}
