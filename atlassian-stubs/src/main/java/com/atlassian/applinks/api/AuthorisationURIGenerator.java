package com.atlassian.applinks.api;

import java.net.URI;

// Stand-in for com.atlassian.applinks:applinks-api (com.atlassian.applinks.api.AuthorisationURIGenerator); only the members the plugin calls.
public interface AuthorisationURIGenerator {

    URI getAuthorisationURI();
}
