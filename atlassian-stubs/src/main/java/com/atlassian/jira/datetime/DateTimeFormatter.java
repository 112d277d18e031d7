package com.atlassian.jira.datetime;

import java.util.Date;

// Stand-in for com.atlassian.jira:jira-api (com.atlassian.jira.datetime.DateTimeFormatter, injectable); only the members the plugin calls.
public interface DateTimeFormatter {

    /** A formatter that uses the time zone and locale of whoever is logged in when format is called. */
    DateTimeFormatter forLoggedInUser();

    DateTimeFormatter withStyle(DateTimeStyle style);

    String format(Date date);
}
