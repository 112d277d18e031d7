package dev.postmortem.jira.storage;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.RawEntity;

/**
 * An {@link ActiveObjects} that runs a test's hook once, in one thread, just before that thread's next insert: in a
 * check-then-insert transaction, between the check and the insert. The hook may wait (another "node" goes first) or
 * throw (the insert fails).
 */
final class HookedActiveObjects extends ForwardingActiveObjects {

    private volatile Thread hookedThread;
    private volatile Runnable beforeInsert;

    HookedActiveObjects(ActiveObjects ao) {
        super(ao);
    }

    /** Runs {@code hook} once, in the calling thread, just before its next insert. */
    void beforeNextInsertInThisThread(Runnable hook) {
        this.beforeInsert = hook;
        this.hookedThread = Thread.currentThread();
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        Runnable hook = beforeInsert;
        if (hook != null && Thread.currentThread() == hookedThread) {
            beforeInsert = null;
            hook.run();
        }
        return super.create(type, params);
    }
}
