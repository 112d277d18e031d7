package com.example.host;

/** A host service no fixture imports: a constructor needing it cannot be wired. */
public interface Unwired {
}
