package com.example.host;

/** A host class the plugin container builds from the plugin's own context (like Jira's TextSearcher). */
public class HostSearcher {
    public HostSearcher(MessageSource messages, Unwired unwired) {
    }
}
