package com.atlassian.sal.api.message;

import com.atlassian.sal.api.user.UserKey;

import java.util.Locale;

// Stand-in for com.atlassian.sal:sal-api (com.atlassian.sal.api.message.LocaleResolver); only the members the plugin calls.
public interface LocaleResolver {

    /** The current user's locale (the application's default for anonymous users). */
    Locale getLocale();

    /** The user's locale: their profile's language, else the application's default. */
    Locale getLocale(UserKey userKey);
}
