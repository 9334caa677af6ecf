package io.github.specwright.enforcer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.maven.enforcer.rule.api.EnforcerLogger;

/** Keeps what a rule logs, as "LEVEL text" lines. */
final class RecordingLog implements EnforcerLogger {

    final List<String> lines = new ArrayList<>();

    List<String> at(String level) {
        String prefix = level + " ";
        return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).toList();
    }

    private void add(String level, CharSequence text) {
        lines.add(level + " " + text);
    }

    @Override
    public void warnOrError(CharSequence message) {
        add("WARN", message);
    }

    @Override
    public void warnOrError(Supplier<CharSequence> message) {
        add("WARN", message.get());
    }

    @Override
    public boolean isDebugEnabled() {
        return true;
    }

    @Override
    public void debug(CharSequence message) {
        add("DEBUG", message);
    }

    @Override
    public void debug(Supplier<CharSequence> message) {
        add("DEBUG", message.get());
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public void info(CharSequence message) {
        add("INFO", message);
    }

    @Override
    public void info(Supplier<CharSequence> message) {
        add("INFO", message.get());
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public void warn(CharSequence message) {
        add("WARN", message);
    }

    @Override
    public void warn(Supplier<CharSequence> message) {
        add("WARN", message.get());
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    public void error(CharSequence message) {
        add("ERROR", message);
    }

    @Override
    public void error(Supplier<CharSequence> message) {
        add("ERROR", message.get());
    }
}
