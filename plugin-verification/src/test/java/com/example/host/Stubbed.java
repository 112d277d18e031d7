package com.example.host;

/** A host stub without behaviour, like every atlassian-stubs method: calling it throws. */
public final class Stubbed {
    private Stubbed() {
    }

    public static MessageSource defaultSource() {
        throw new UnsupportedOperationException();
    }
}
