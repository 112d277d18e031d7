package org.ofbiz.core.entity;

import org.ofbiz.core.util.GeneralException;

// Stand-in for the OfBiz entity engine shipped with Jira (org.ofbiz.core.entity.GenericEntityException); only the members the plugin calls.
public class GenericEntityException extends GeneralException {

    public GenericEntityException(String str) {
        super(str);
    }
}
