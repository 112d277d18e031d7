package com.example.host;

/** Stands for a host callback interface the fixture plugin exports a service for. */
public interface Lifecycle {
    void onStart();
}
