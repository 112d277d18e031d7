package com.example.host;

/** Stands for a host service in the fixture plugin jars (imported, never packaged). */
public interface MessageSource {
    String get(String key);
}
