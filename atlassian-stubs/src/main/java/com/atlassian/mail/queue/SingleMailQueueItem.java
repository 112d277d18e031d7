package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

// Stand-in for com.atlassian.mail:atlassian-mail (com.atlassian.mail.queue.SingleMailQueueItem); only the members the
// plugin calls.
public class SingleMailQueueItem extends AbstractMailQueueItem {

    public SingleMailQueueItem(Email email) {
        throw new UnsupportedOperationException();
    }
}
