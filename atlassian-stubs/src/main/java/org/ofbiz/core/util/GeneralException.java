package org.ofbiz.core.util;

// Stand-in for the OfBiz entity engine shipped with Jira (org.ofbiz.core.util.GeneralException); only the members the plugin calls.
public class GeneralException extends Exception {

    public GeneralException(String msg) {
        super(msg);
    }
}
