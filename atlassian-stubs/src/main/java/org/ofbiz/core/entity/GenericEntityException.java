package org.ofbiz.core.entity;

import org.ofbiz.core.util.GeneralException;

// Stand-in for the OfBiz entity engine shipped with Jira (org.ofbiz.core.entity.GenericEntityException); the plugin only catches
// it; the implicit constructor stands for the real public no-argument one.
public class GenericEntityException extends GeneralException {
}
