package com.atlassian.sal.api.timezone;

import java.util.TimeZone;

// Stand-in for com.atlassian.sal:sal-api (com.atlassian.sal.api.timezone.TimeZoneManager); only the members the plugin calls.
public interface TimeZoneManager {

    /** The current user's time zone (the application's default for anonymous users). */
    TimeZone getUserTimeZone();
}
