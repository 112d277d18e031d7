package com.atlassian.event.api;

// Stand-in for com.atlassian.event:atlassian-event (com.atlassian.event.api.EventPublisher); only the members the plugin calls.
public interface EventPublisher extends EventListenerRegistrar {
}
