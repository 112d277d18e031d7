package dev.postmortem.jira.decision;

import com.atlassian.jira.user.ApplicationUser;
import dev.postmortem.jira.host.MailContent;
import dev.postmortem.jira.host.UserMail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link UserMail} that keeps what it was asked to queue, as Jira's queue would receive it: the recipient, the
 * language the content was written in, the content. Can refuse every mail for now, like Jira without a mail server.
 */
final class RecordingMail implements UserMail {

    /** One mail handed to the queue. */
    record Sent(String recipientKey, Locale language, MailContent content) {
    }

    private static final Pattern LANG = Pattern.compile("<html lang=\"([a-z]+)\"");

    private final Map<String, Locale> languages = new ConcurrentHashMap<>();
    private final List<Sent> sent = new ArrayList<>();
    private volatile boolean refusing;

    @Override
    public boolean isAvailable() {
        return true;
    }

    void speaks(String userKey, Locale language) {
        languages.put(userKey, language);
    }

    void refuse(boolean refusing) {
        this.refusing = refusing;
    }

    synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    synchronized List<String> recipients() {
        return sent.stream().map(Sent::recipientKey).toList();
    }

    synchronized Sent to(String userKey) {
        List<Sent> theirs = sent.stream().filter(mail -> mail.recipientKey().equals(userKey)).toList();
        if (theirs.size() != 1) {
            throw new AssertionError(userKey + " got " + theirs.size() + " mails");
        }
        return theirs.get(0);
    }

    @Override
    public Locale languageOf(ApplicationUser user) {
        return languages.getOrDefault(user.getKey(), Locale.ENGLISH);
    }

    @Override
    public synchronized boolean queue(ApplicationUser to, MailContent content) throws NotQueued {
        if (refusing) {
            throw new NotQueued("no outgoing mail server", null);
        }
        // The language the content was written in, as the HTML declares it.
        Matcher lang = LANG.matcher(content.htmlBody());
        sent.add(new Sent(to.getKey(), lang.find() ? Locale.forLanguageTag(lang.group(1)) : Locale.ROOT, content));
        return true;
    }
}
