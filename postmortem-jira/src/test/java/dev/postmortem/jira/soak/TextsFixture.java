package dev.postmortem.jira.soak;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.datetime.DateTimeStyle;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;

import java.util.Arrays;
import java.util.Date;
import java.util.stream.Collectors;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Jira's i18n and date formatter at the edge: a text renders as {@code key[arg, arg]}, a date as
 * {@code user-tz:<instant>}, a user by their key unless {@link #userManager} knows them, so tests see which key, which arguments and that the user's formatter was used.
 */
final class TextsFixture {

    final JiraAuthenticationContext authenticationContext = mock(JiraAuthenticationContext.class);
    final I18nHelper i18n = mock(I18nHelper.class);
    final DateTimeFormatter formatter = mock(DateTimeFormatter.class);
    final DateTimeFormatter userFormatter = mock(DateTimeFormatter.class);
    final DateTimeFormatter completeFormatter = mock(DateTimeFormatter.class);
    /** Knows no user unless a test says so: a name then shows as its key. */
    final UserManager userManager = mock(UserManager.class);

    TextsFixture() {
        when(authenticationContext.getI18nHelper()).thenReturn(i18n);
        when(i18n.getText(anyString())).thenAnswer(invocation -> invocation.getArgument(0));
        when(i18n.getText(anyString(), any(Object.class))).thenAnswer(invocation -> {
            Object params = invocation.getArgument(1);
            Object[] args = params instanceof Object[] array ? array : new Object[] {params};
            return invocation.getArgument(0) + Arrays.stream(args).map(String::valueOf)
                    .collect(Collectors.joining(", ", "[", "]"));
        });
        when(formatter.forLoggedInUser()).thenReturn(userFormatter);
        when(userFormatter.withStyle(DateTimeStyle.COMPLETE)).thenReturn(completeFormatter);
        when(completeFormatter.format(any(Date.class)))
                .thenAnswer(invocation -> "user-tz:" + ((Date) invocation.getArgument(0)).toInstant());
    }

    SoakTexts texts() {
        return new SoakTexts(authenticationContext, formatter, userManager);
    }
}
