package com.atlassian.mail.queue;

// Stand-in for com.atlassian.mail:atlassian-mail (com.atlassian.mail.queue.MailQueueItem); the plugin calls none of
// its members, it only hands one to MailQueue.addItem.
public interface MailQueueItem {
}
