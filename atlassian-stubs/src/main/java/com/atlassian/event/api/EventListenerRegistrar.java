package com.atlassian.event.api;

// Stand-in for com.atlassian.event:atlassian-event (com.atlassian.event.api.EventListenerRegistrar); only the members the plugin calls.
public interface EventListenerRegistrar {

    /** The listener's methods annotated with {@link EventListener} receive the events of their parameter type. */
    void register(Object listener);

    /** Does nothing when the listener is not registered. */
    void unregister(Object listener);
}
