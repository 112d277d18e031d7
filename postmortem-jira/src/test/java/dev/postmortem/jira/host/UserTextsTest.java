package dev.postmortem.jira.host;

import com.atlassian.jira.datetime.DateTimeFormatter;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class UserTextsTest {

    private static final String FORMER = "postmortem.jira.test.formerUser";

    private final JiraAuthenticationContext authenticationContext = mock(JiraAuthenticationContext.class);
    private final I18nHelper i18n = mock(I18nHelper.class);
    private final UserManager userManager = mock(UserManager.class);
    private final UserTexts texts = new UserTexts(authenticationContext, mock(DateTimeFormatter.class), userManager,
            FORMER) {
        // A feature's subclass: the constructor is for them.
    };

    UserTextsTest() {
        when(authenticationContext.getI18nHelper()).thenReturn(i18n);
        when(i18n.getText(anyString())).thenAnswer(invocation -> "<" + invocation.getArgument(0) + ">");
        when(i18n.getText(anyString(), any(Object.class))).thenAnswer(invocation -> {
            Object[] args = invocation.getArgument(1);
            return invocation.getArgument(0) + java.util.Arrays.toString(args);
        });
    }

    private void knows(String key, String displayName) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getDisplayName()).thenReturn(displayName);
        when(userManager.getUserByKey(key)).thenReturn(user);
    }

    @Test
    void aKnownUserIsNamedByDisplayName() {
        knows("JIRAUSER10100", "Alice Example");

        assertThat(texts.userName("JIRAUSER10100")).isEqualTo("Alice Example");
    }

    @Test
    void anUnknownBlankOrMissingUserIsTheFeaturesFormerUserNeverTheKey() {
        knows("JIRAUSER10200", " ");

        assertThat(texts.userName("JIRAUSER10200")).isEqualTo("<" + FORMER + ">");
        assertThat(texts.userName("JIRAUSER10300")).isEqualTo("<" + FORMER + ">");
        assertThat(texts.userName(null)).isEqualTo("<" + FORMER + ">");
    }

    @Test
    void aDurationIsWordedByTheGivenKeyInDaysHoursAndStartedMinutes() {
        Instant from = Instant.parse("2026-11-20T14:00:00Z");

        assertThat(texts.duration("postmortem.jira.test.elapsed", from,
                from.plus(Duration.ofDays(2).plusHours(1).plusSeconds(1))))
                .isEqualTo("postmortem.jira.test.elapsed[2, 1, 1]");
    }
}
