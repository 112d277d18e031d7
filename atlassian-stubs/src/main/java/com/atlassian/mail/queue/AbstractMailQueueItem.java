package com.atlassian.mail.queue;

// Stand-in for com.atlassian.mail:atlassian-mail (com.atlassian.mail.queue.AbstractMailQueueItem): only the
// superclass of SingleMailQueueItem; the plugin calls none of its members.
public abstract class AbstractMailQueueItem implements MailQueueItem {
}
