package io.github.specwright.core.check;

import io.github.specwright.core.base.Rule;
import io.github.specwright.core.base.RuleGroup;
import io.github.specwright.core.base.RuleSource;

import static io.github.specwright.core.base.RuleGroup.CONSISTENCY;

import java.util.List;

/**
 * The rules across documents, run by {@link SpecChecker} after the files: redirects
 * ({@code lifecycle/RedirectChecks}), duplicate titles and missing redirects
 * ({@code lifecycle/ConsistencyChecks}), directory layouts ({@link DirectoryLayout}).
 */
final class RepositoryRules implements RuleSource {

    private static final List<Rule> RULES = List.of(
            Rule.error(RuleIds.REDIRECT_SYNTAX, CONSISTENCY, "the line", "Lines of a redirects file are `FROM TO`.",
                    "A line of a `redirects` file that is neither `FROM TO`, blank, nor a `#` comment, or whose paths "
                            + "leave the directory (see lifecycle.md)."),
            Rule.error(RuleIds.REDIRECT_TARGET, CONSISTENCY, "the line", "Redirects lead to a file.",
                    "The redirect leads to no file."),
            Rule.error(RuleIds.REDIRECT_CHAIN, CONSISTENCY, "the line", "Redirects lead straight to their file.",
                    "The redirect leads to another redirected path (a chain), or back to itself (a loop); the "
                            + "message gives the line to write."),
            Rule.error(RuleIds.REDIRECT_SOURCE_EXISTS, CONSISTENCY, "the line", "A redirected path holds no file.",
                    "The old path still holds a file, which its redirect page would hide."),
            Rule.error(RuleIds.MISSING_REDIRECT, CONSISTENCY, "1:1 of the old path",
                    "A spec that moved or went away leaves a redirect.",
                    "A spec that existed at the base and is gone, with no redirect from its path (see `base`)."),
            Rule.error(RuleIds.DUPLICATE_TITLE, CONSISTENCY, "the title", "Spec titles are unique.",
                    "Two specs (files under a `full` or `short` policy) with the same title, compared case- and "
                            + "space-insensitively; the later path is reported."),
            Rule.error(RuleIds.DIRECTORY_LAYOUT, CONSISTENCY, "1:1 of the entry",
                    "Directories hold only the entries their layout allows.",
                    "An entry of a directory its `[directory-layout]` does not allow, with the section's message."));

    @Override
    public List<Rule> rules() {
        return RULES;
    }
}
