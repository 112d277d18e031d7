package com.atlassian.mail.queue;

// Stand-in for com.atlassian.mail:atlassian-mail (com.atlassian.mail.queue.MailQueue); only the members the plugin calls.
public interface MailQueue {

    /** Adds a new item to the queue, which Jira's mail job sends (on this node, from memory). */
    void addItem(MailQueueItem item);
}
