package dev.postmortem.confluence.macro;

import com.atlassian.cache.Cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A plain map behind the Atlassian Cache interface: no expiry (the fetcher checks ages with its clock). */
final class InMemoryCache implements Cache<String, String> {

    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public String get(String key) {
        return values.get(key);
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }

    @Override
    public void remove(String key) {
        values.remove(key);
    }

    @Override
    public void removeAll() {
        values.clear();
    }

    int size() {
        return values.size();
    }
}
