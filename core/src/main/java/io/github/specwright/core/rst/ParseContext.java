package io.github.specwright.core.rst;

import io.github.specwright.core.model.Diagnostic;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.SourceSpan;
import java.util.List;

/** What every construct parser of one parse run shares: the source, the options and the diagnostics. */
final class ParseContext {

    /** Deepest nesting of body elements parsed; deeper content is kept as literal text. */
    static final int MAX_DEPTH = 100;

    private final SourceText source;
    private final List<Diagnostic> diagnostics;
    private final Directives directives;
    private boolean depthReported;
    /** The nesting depth of the block being parsed, and of each diagnostic when it was reported. */
    private int currentDepth;
    private final List<Integer> diagnosticDepths = new java.util.ArrayList<>();

    ParseContext(SourceText source, List<Diagnostic> diagnostics, Directives directives) {
        this.source = source;
        this.diagnostics = diagnostics;
        this.directives = directives;
    }

    SourceText source() {
        return source;
    }

    Directives directives() {
        return directives;
    }

    void report(int line, Diagnostic.Level level, String ruleId, String message) {
        diagnostics.add(new Diagnostic(Math.max(1, line), 1, level, ruleId, message));
        diagnosticDepths.add(currentDepth);
    }

    /**
     * Titles with a warning of their own (adornment too short). docutils keeps such a warning as
     * a node right after the title, where it counts as the section's first element.
     */
    private final java.util.Set<io.github.specwright.core.model.Title> warnedTitles =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    void noteWarnedTitle(io.github.specwright.core.model.Title title) {
        warnedTitles.add(title);
    }

    boolean isWarnedTitle(Node node) {
        return warnedTitles.contains(node);
    }

    /** Sets the depth of the block being parsed; returns the previous one. */
    int enterDepth(int depth) {
        int previous = currentDepth;
        currentDepth = depth;
        return previous;
    }

    /** How many diagnostics reported since {@code from} (a {@link #diagnosticCount()}) were reported at {@code depth}. */
    int diagnosticsAtDepth(int from, int depth) {
        int count = 0;
        for (int k = from; k < diagnosticDepths.size(); k++) {
            if (diagnosticDepths.get(k) == depth) {
                count++;
            }
        }
        return count;
    }

    /** Whether a problem has been reported on a line in {@code [from, to)}. */
    boolean hasDiagnosticBetween(int from, int to) {
        for (Diagnostic d : diagnostics) {
            if (d.line() >= from && d.line() < to) {
                return true;
            }
        }
        return false;
    }

    int diagnosticCount() {
        return diagnostics.size();
    }

    /** Reports the nesting limit once per document; returns whether it was reported now. */
    void reportTooDeep(int line) {
        if (!depthReported) {
            depthReported = true;
            report(line, Diagnostic.Level.ERROR, "rst-nesting-depth",
                    "body elements are nested more than " + MAX_DEPTH + " levels deep; the deeper content is kept as literal text");
        }
    }

    /** The span from the start of {@code first} to the end of {@code last}. */
    SourceSpan span(SourceLine first, SourceLine last) {
        return SourceSpan.of(first.lineNo(), source.sourceColumn(first.lineNo(), first.column()),
                last.lineNo(), source.sourceColumn(last.lineNo(), last.column() + last.length()));
    }

    /** The span of the whole non-blank extent of {@code lines}; UNKNOWN when all are blank. */
    SourceSpan span(List<SourceLine> lines) {
        List<SourceLine> trimmed = Indented.trimTrailingBlanks(Indented.trimLeadingBlanks(lines));
        if (trimmed.isEmpty()) {
            return SourceSpan.UNKNOWN;
        }
        return span(trimmed.get(0), trimmed.get(trimmed.size() - 1));
    }

    /** The span of {@code length} characters of {@code line} starting at offset {@code from} of its text. */
    SourceSpan span(SourceLine line, int from, int length) {
        return SourceSpan.of(line.lineNo(), source.sourceColumn(line.lineNo(), line.column() + from),
                line.lineNo(), source.sourceColumn(line.lineNo(), line.column() + from + length));
    }

    /** A span from offset {@code from} of {@code first} to the end of {@code last}. */
    SourceSpan span(SourceLine first, int from, SourceLine last) {
        return SourceSpan.of(first.lineNo(), source.sourceColumn(first.lineNo(), first.column() + from),
                last.lineNo(), source.sourceColumn(last.lineNo(), last.column() + last.length()));
    }
}
