package com.atlassian.confluence.macro;

// Stand-in for com.atlassian.confluence:confluence (com.atlassian.confluence.macro.MacroExecutionException); only the members the plugin uses.
public class MacroExecutionException extends Exception {

    public MacroExecutionException(String message) {
        super(message);
    }

    public MacroExecutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
