package com.atlassian.applinks.api;

import java.net.URI;

// Stand-in for com.atlassian.applinks:applinks-api (com.atlassian.applinks.api.CredentialsRequiredException); only the members the plugin uses.
public class CredentialsRequiredException extends Exception implements AuthorisationURIGenerator {

    public CredentialsRequiredException(AuthorisationURIGenerator authorisationURIGenerator, String message) {
        super(message);
    }

    @Override
    public URI getAuthorisationURI() {
        throw new UnsupportedOperationException();
    }
}
