package dev.postmortem.jira.host;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.preferences.ExtendedPreferences;
import com.atlassian.jira.user.preferences.UserPreferencesManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.mockito.MockedConstruction;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

/** Mail through Jira's queue, with the mail library's classes and Jira's services mocked at the edge. */
class QueuedUserMailTest {

    private static final MailContent CONTENT = new MailContent("Subject", "<p>html</p>", "text");

    private final MailQueue queue = mock(MailQueue.class);
    private final MailServerManager servers = mock(MailServerManager.class);
    private final UserPreferencesManager preferences = mock(UserPreferencesManager.class);
    private final LocaleResolver locales = mock(LocaleResolver.class);
    private final ApplicationUser jane = mock(ApplicationUser.class);

    QueuedUserMailTest() {
        when(jane.getKey()).thenReturn("JIRAUSER10100");
        when(jane.isActive()).thenReturn(true);
        when(jane.getEmailAddress()).thenReturn(" jane@example.com ");
        when(servers.isDefaultSMTPMailServerDefined()).thenReturn(true);
    }

    private QueuedUserMail mail(OptionalFeatures features) {
        return new QueuedUserMail(features, queue, servers, preferences, locales);
    }

    @Test
    void anHtmlMailIsQueuedToTheUsersAddressInUtf8() throws Exception {
        try (MockedConstruction<Email> emails = mockConstruction(Email.class,
                withSettings().defaultAnswer(Answers.RETURNS_SELF));
             MockedConstruction<SingleMailQueueItem> items = mockConstruction(SingleMailQueueItem.class)) {

            assertThat(mail(TestFeatures.allOn()).queue(jane, CONTENT)).isTrue();

            Email email = emails.constructed().get(0);
            assertThat(emails.constructed()).hasSize(1);
            verify(email).setSubject("Subject");
            verify(email).setBody("<p>html</p>");
            verify(email).setMimeType("text/html");
            verify(email).setEncoding("UTF-8");
            verify(queue).addItem(items.constructed().get(0));
        }
    }

    @Test
    void aUserWhoPrefersTextMailGetsTheTextBody() throws Exception {
        ExtendedPreferences prefs = mock(ExtendedPreferences.class);
        when(prefs.getString("user.notifications.mimetype")).thenReturn("text");
        when(preferences.getExtendedPreferences(jane)).thenReturn(prefs);
        try (MockedConstruction<Email> emails = mockConstruction(Email.class,
                withSettings().defaultAnswer(Answers.RETURNS_SELF));
             MockedConstruction<SingleMailQueueItem> items = mockConstruction(SingleMailQueueItem.class)) {

            mail(TestFeatures.allOn()).queue(jane, CONTENT);

            verify(emails.constructed().get(0)).setBody("text");
            verify(emails.constructed().get(0)).setMimeType("text/plain");
        }
    }

    @Test
    void withoutThePreferencesServiceEveryMailIsHtml() throws Exception {
        try (MockedConstruction<Email> emails = mockConstruction(Email.class,
                withSettings().defaultAnswer(Answers.RETURNS_SELF));
             MockedConstruction<SingleMailQueueItem> items = mockConstruction(SingleMailQueueItem.class)) {

            mail(TestFeatures.without("com.atlassian.jira.user.preferences.UserPreferencesManager")).queue(jane, CONTENT);

            verify(emails.constructed().get(0)).setMimeType("text/html");
            verify(preferences, never()).getExtendedPreferences(any());
        }
    }

    @Test
    void withoutTheQueueOrAMailServerNothingIsQueuedAndTheCallerIsToldToRetry() {
        assertThatThrownBy(() -> mail(TestFeatures.without("com.atlassian.mail.queue.MailQueue")).queue(jane, CONTENT))
                .isInstanceOf(UserMail.NotQueued.class);
        when(servers.isDefaultSMTPMailServerDefined()).thenReturn(false);
        assertThatThrownBy(() -> mail(TestFeatures.allOn()).queue(jane, CONTENT))
                .isInstanceOf(UserMail.NotQueued.class).hasMessageContaining("no outgoing mail server");
        verify(queue, never()).addItem(any());
    }

    @Test
    void aQueueThatThrowsIsRetriedLater() {
        try (MockedConstruction<Email> emails = mockConstruction(Email.class,
                withSettings().defaultAnswer(Answers.RETURNS_SELF));
             MockedConstruction<SingleMailQueueItem> items = mockConstruction(SingleMailQueueItem.class)) {
            org.mockito.Mockito.doThrow(new IllegalStateException("queue full")).when(queue).addItem(any());

            assertThatThrownBy(() -> mail(TestFeatures.allOn()).queue(jane, CONTENT))
                    .isInstanceOf(UserMail.NotQueued.class).hasCauseInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void anInactiveUserOrOneWithoutAnAddressIsNeverMailed() throws Exception {
        ApplicationUser gone = mock(ApplicationUser.class);
        when(gone.isActive()).thenReturn(false);
        ApplicationUser noAddress = mock(ApplicationUser.class);
        when(noAddress.isActive()).thenReturn(true);
        when(noAddress.getEmailAddress()).thenReturn(" ");

        assertThat(mail(TestFeatures.allOn()).queue(gone, CONTENT)).isFalse();
        assertThat(mail(TestFeatures.allOn()).queue(noAddress, CONTENT)).isFalse();
        verify(queue, never()).addItem(any());
    }

    @Test
    void theLanguageIsTheUsersProfileLanguageElseJirasDefault() {
        try (MockedConstruction<UserKey> keys = mockConstruction(UserKey.class,
                (key, context) -> assertThat(context.arguments()).isEqualTo(List.of("JIRAUSER10100")))) {
            when(locales.getLocale(any(UserKey.class))).thenReturn(Locale.GERMAN);
            assertThat(mail(TestFeatures.allOn()).languageOf(jane)).isEqualTo(Locale.GERMAN);

            when(locales.getLocale(any(UserKey.class))).thenReturn(null);
            when(locales.getLocale()).thenReturn(Locale.FRENCH);
            assertThat(mail(TestFeatures.allOn()).languageOf(jane)).isEqualTo(Locale.FRENCH);
        }
    }
}
