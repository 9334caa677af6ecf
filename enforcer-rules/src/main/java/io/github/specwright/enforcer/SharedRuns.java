package io.github.specwright.enforcer;

import io.github.specwright.core.check.CheckResult;
import io.github.specwright.core.base.ConfigException;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.maven.execution.MavenSession;

/**
 * Check runs shared by the Specwright rules of one execution that are configured alike: the
 * first of them checks the files for all their groups at once, the others take their part of
 * that result. Reading and parsing every file once instead of once per rule is most of the
 * rules' time.
 *
 * <p>Runs are kept per Maven session (weakly, so a long-lived JVM such as mvnd forgets them with
 * the session) and per key: the project directory and the rules' configuration.
 */
final class SharedRuns {

    /** A check of the files: what {@link #result} runs at most once per session and key. */
    interface Check {
        CheckResult run() throws ConfigException;
    }

    private static final Map<MavenSession, Map<String, Run>> BY_SESSION = new WeakHashMap<>();

    private SharedRuns() {
    }

    /**
     * The result of {@code check} for this session and key: computed by the first caller, the same
     * object for the later ones. A run that throws is not kept, so every rule reports the error.
     */
    static Shared result(MavenSession session, String key, Check check) throws ConfigException {
        Run run;
        synchronized (BY_SESSION) {
            run = BY_SESSION.computeIfAbsent(session, s -> new ConcurrentHashMap<>())
                    .computeIfAbsent(key, k -> new Run());
        }
        return run.result(check);
    }

    /** A result, and whether this caller computed it or took it from an earlier rule. */
    record Shared(CheckResult result, boolean reused) {
    }

    private static final class Run {
        private CheckResult result;

        synchronized Shared result(Check check) throws ConfigException {
            if (result != null) {
                return new Shared(result, true);
            }
            result = check.run();
            return new Shared(result, false);
        }
    }
}
