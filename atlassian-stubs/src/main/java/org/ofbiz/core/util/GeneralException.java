package org.ofbiz.core.util;

// Stand-in for the OfBiz entity engine shipped with Jira (org.ofbiz.core.util.GeneralException), the checked superclass of
// GenericEntityException; no member is used; the implicit constructor stands for the real public no-argument one.
public class GeneralException extends Exception {
}
