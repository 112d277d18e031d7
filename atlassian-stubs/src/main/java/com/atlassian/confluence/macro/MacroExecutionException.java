package com.atlassian.confluence.macro;

// Stand-in for com.atlassian.confluence:confluence (com.atlassian.confluence.macro.MacroExecutionException); the plugin
// only names it (Macro.execute declares it); the implicit constructor stands for the real public no-argument one.
public class MacroExecutionException extends Exception {
}
