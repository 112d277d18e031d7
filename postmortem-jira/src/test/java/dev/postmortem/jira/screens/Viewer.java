package dev.postmortem.jira.screens;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.datetime.DateTimeStyle;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import dev.postmortem.jira.JiraTexts;

import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The viewer of a screen, as Jira gives them to us: Jira's i18n helper over the plugin's real bundles in their
 * language, and Jira's date formatter in their zone with Jira's default complete format ({@code dd/MMM/yy h:mm a},
 * month names in their language).
 */
public final class Viewer {

    public final Locale locale;
    public final ZoneId zone = ZoneId.of("Europe/Berlin");
    public final JiraAuthenticationContext authenticationContext = mock(JiraAuthenticationContext.class);
    public final I18nHelper i18n;
    public final DateTimeFormatter formatter = mock(DateTimeFormatter.class);
    public final ApplicationUser user = mock(ApplicationUser.class);

    public Viewer(Locale locale) {
        this.locale = locale;
        this.i18n = JiraTexts.i18nHelper(locale);
        when(authenticationContext.getI18nHelper()).thenReturn(i18n);
        when(authenticationContext.getLoggedInUser()).thenReturn(user);
        DateTimeFormatter forUser = mock(DateTimeFormatter.class);
        DateTimeFormatter complete = mock(DateTimeFormatter.class);
        java.time.format.DateTimeFormatter pattern = java.time.format.DateTimeFormatter
                .ofPattern("dd/MMM/yy h:mm a", locale).withZone(zone);
        when(formatter.forLoggedInUser()).thenReturn(forUser);
        when(forUser.withStyle(DateTimeStyle.COMPLETE)).thenReturn(complete);
        when(complete.format(any(Date.class)))
                .thenAnswer(invocation -> pattern.format(invocation.<Date>getArgument(0).toInstant()));
    }
}
