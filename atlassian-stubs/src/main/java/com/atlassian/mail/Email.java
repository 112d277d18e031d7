package com.atlassian.mail;

// Stand-in for com.atlassian.mail:atlassian-mail (com.atlassian.mail.Email); only the members the plugin calls.
// The setters return the Email itself (fluent), as in the real class.
public class Email {

    public Email(String to) {
        throw new UnsupportedOperationException();
    }

    public Email setSubject(String subject) {
        throw new UnsupportedOperationException();
    }

    public Email setBody(String body) {
        throw new UnsupportedOperationException();
    }

    /** "text/html" or "text/plain". */
    public Email setMimeType(String mimeType) {
        throw new UnsupportedOperationException();
    }

    public Email setEncoding(String encoding) {
        throw new UnsupportedOperationException();
    }
}
