package com.example.host;

/** A host class with no public constructor in the stubs (like Jira's TextSearcher): only the host can build it. */
public class HostOnly {
    private HostOnly() {
    }
}
