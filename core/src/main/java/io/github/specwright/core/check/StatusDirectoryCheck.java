package io.github.specwright.core.check;

import io.github.specwright.core.base.FindingSink;
import io.github.specwright.core.base.Rule;
import io.github.specwright.core.base.RuleGroup;
import io.github.specwright.core.internal.check.consistency.ConsistencyChecks;
import io.github.specwright.core.model.FrontMatter;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.SourceSpan;
import java.util.List;
import java.util.Set;

/**
 * A Markdown spec whose front matter {@code status} names another lifecycle directory than its
 * own; wherever the spec is (implemented/ and not-implemented/ are checked for formatting only).
 */
final class StatusDirectoryCheck implements DocumentCheck {

    private static final List<Rule> RULES = List.of(Rule.error(RuleIds.STATUS_DIRECTORY, RuleGroup.CONSISTENCY,
            "the status value", "A Markdown spec's status matches the lifecycle directory it is in.",
            "A Markdown spec's `status` names a lifecycle directory (`approved`, `implemented`, `not-implemented`) "
                    + "other than the one it is in."));

    @Override
    public List<Rule> rules() {
        return RULES;
    }

    /** Markdown files, wherever they are: front matter is Markdown's. */
    @Override
    public boolean appliesTo(SpecDocument document) {
        return document.isMarkdown();
    }

    @Override
    public void check(SpecDocument document, FindingSink sink) {
        CheckConfig config = document.config();
        Set<String> lifecycle = Set.of("approved", config.implementedDirectory(), config.abandonedDirectory());
        for (Node child : document.parsed().document().children()) {
            if (child instanceof FrontMatter frontMatter && frontMatter.entry("status") != null
                    && !frontMatter.entry("status").values().isEmpty()) {
                FrontMatter.Entry status = frontMatter.entry("status");
                SourceSpan span = status.valueSpans().get(0);
                ConsistencyChecks.statusAgainstDirectory(document.path(), status.values().get(0), span.startLine(),
                        span.startColumn(), lifecycle).forEach(sink::report);
            }
        }
    }
}
