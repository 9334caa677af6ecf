package io.github.specwright.core.baseline;

import java.util.List;

/** A baseline file that cannot be used; each problem is one line naming the file (and line). */
public final class BaselineException extends Exception {

    private final List<String> problems;

    public BaselineException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
