package dev.postmortem.jira.host;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.datetime.DateTimeStyle;

import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Jira's {@link DateTimeFormatter} at the edge, for a user in {@code zone}: the logged-in user's formatter in the
 * COMPLETE style formats like Jira's default complete format ({@code dd/MMM/yy h:mm a}) in that zone. The
 * injected formatter itself and other styles are left unstubbed (they answer null), so a test sees when the
 * user's formatter was not the one used.
 */
public final class UserFormatter {

    public final DateTimeFormatter injected = mock(DateTimeFormatter.class);
    public final DateTimeFormatter forUser = mock(DateTimeFormatter.class);
    public final DateTimeFormatter complete = mock(DateTimeFormatter.class);

    public UserFormatter(ZoneId zone) {
        java.time.format.DateTimeFormatter pattern =
                java.time.format.DateTimeFormatter.ofPattern("dd/MMM/yy h:mm a", Locale.ENGLISH).withZone(zone);
        when(injected.forLoggedInUser()).thenReturn(forUser);
        when(forUser.withStyle(DateTimeStyle.COMPLETE)).thenReturn(complete);
        when(complete.format(any(Date.class)))
                .thenAnswer(invocation -> pattern.format(invocation.<Date>getArgument(0).toInstant()));
    }
}
