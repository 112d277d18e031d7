package dev.postmortem.confluence.macro;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What this module's test logger (slf4j-simple, which looks up {@code System.err} at every call) writes while an
 * action runs. Tests in one JVM run one after the other, so swapping {@code System.err} for the action is safe.
 */
final class CapturedLog {

    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    private CapturedLog() {
    }

    /** The WARN lines logged by {@code loggerClass} while {@code action} ran. */
    static List<String> warnings(Class<?> loggerClass, Action action) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        String marker = " WARN " + loggerClass.getName() + " ";
        return captured.toString(StandardCharsets.UTF_8).lines().filter(line -> line.contains(marker)).toList();
    }
}
