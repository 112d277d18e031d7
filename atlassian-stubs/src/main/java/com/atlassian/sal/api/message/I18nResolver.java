package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;

// Stand-in for com.atlassian.sal:sal-api (com.atlassian.sal.api.message.I18nResolver); only the members the plugin calls.
public interface I18nResolver {

    String getText(String key);

    String getText(String key, Serializable... arguments);

    String getText(Locale locale, String key);
}
