package io.github.specwright.core.check;

import io.github.specwright.core.base.FindingSink;
import io.github.specwright.core.base.RuleSource;

/**
 * A check of one document: it declares its rules ({@link #rules()}) and reports what it finds
 * into a sink. Implementations are stateless and thread-safe: documents are checked in parallel.
 * To add one, write the class and list it in {@link RuleRegistry#DOCUMENT_CHECKS}.
 */
public interface DocumentCheck extends RuleSource {

    /**
     * Whether the check needs the parsed tree. A check that does not (the formatting rules) also
     * runs on a file whose markup could not be parsed.
     */
    default boolean needsTree() {
        return true;
    }

    /** Checks {@code document}, reporting each problem (with one of its own rule ids) into {@code sink}. */
    void check(SpecDocument document, FindingSink sink);
}
