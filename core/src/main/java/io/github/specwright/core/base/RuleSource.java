package io.github.specwright.core.base;

import java.util.List;

/**
 * Something that reports findings and declares the rules they carry. Document checks
 * ({@link DocumentCheck}) run once per file; the other sources (the walk over the files,
 * suppressions, the baseline, the repository-wide consistency checks) run at their own stage of
 * {@link SpecChecker} or of the adapters, and declare their rules here so that the registry knows
 * every id the code can emit.
 */
public interface RuleSource {

    /** The rules this source can report, each declared once. */
    List<Rule> rules();
}
