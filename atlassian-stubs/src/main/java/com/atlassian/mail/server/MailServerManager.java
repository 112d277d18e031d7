package com.atlassian.mail.server;

// Stand-in for com.atlassian.mail:atlassian-mail (com.atlassian.mail.server.MailServerManager); only the members the
// plugin calls.
public interface MailServerManager {

    boolean isDefaultSMTPMailServerDefined();
}
