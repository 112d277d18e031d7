package dev.postmortem.jira.soak;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logs each distinct gate problem once per node. The condition runs for every transition button on every issue
 * view: a broken configuration logged per evaluation would flood the log and hide everything else. Node-local on
 * purpose: forgetting on restart only means one more log line.
 */
class OnceLog {

    private static final Logger LOG = LoggerFactory.getLogger(SoakGate.class);

    /** Bounds memory if something produces endless distinct problems (e.g. per-issue ones); then it stops logging. */
    static final int MAX_REMEMBERED = 1000;

    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    /** Returns whether this call logged (true only the first time for this problem). */
    boolean problem(GateProblem problem, Throwable cause) {
        if (logged.size() >= MAX_REMEMBERED || !logged.add(problem.logKey())) {
            return false;
        }
        String detail = problem.logDetail() == null ? "" : " (" + problem.logDetail() + ")";
        if (cause == null) {
            LOG.warn("Soak gate cannot evaluate and fails closed (transition hidden, validator refuses): {} {}{}"
                    + " (logged once per problem and node)", problem.messageKey(), problem.args(), detail);
        } else {
            LOG.warn("Soak gate cannot evaluate and fails closed (transition hidden, validator refuses): {} {}{}"
                    + " (logged once per problem and node)", problem.messageKey(), problem.args(), detail, cause);
        }
        return true;
    }
}
