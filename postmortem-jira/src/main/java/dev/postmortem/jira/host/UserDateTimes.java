package dev.postmortem.jira.host;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.datetime.DateTimeStyle;

import java.time.Instant;
import java.util.Date;
import java.util.Objects;

/**
 * Instants as Jira shows dates and times to the logged-in user: their time zone and language, and the site's
 * complete date-time format ({@link DateTimeStyle#COMPLETE}). The one way this app formats a time for a person
 * (narrative times, the end of a soak), so both read like the rest of Jira.
 */
public final class UserDateTimes {

    private final DateTimeFormatter dateTimeFormatter;

    public UserDateTimes(DateTimeFormatter dateTimeFormatter) {
        this.dateTimeFormatter = Objects.requireNonNull(dateTimeFormatter, "dateTimeFormatter");
    }

    /**
     * Jira's {@code forLoggedInUser} formatter takes the user logged in when it formats, so one instance of this
     * class serves every request.
     */
    public String format(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        // Date.from, not java.sql types: Jira's formatter takes a java.util.Date.
        return dateTimeFormatter.forLoggedInUser().withStyle(DateTimeStyle.COMPLETE).format(Date.from(instant));
    }
}
