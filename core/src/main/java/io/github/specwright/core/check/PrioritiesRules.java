package io.github.specwright.core.check;

import static io.github.specwright.core.base.RuleGroup.PRIORITIES;

import io.github.specwright.core.base.FindingSink;
import io.github.specwright.core.base.Rule;
import io.github.specwright.core.base.RuleGroup;
import io.github.specwright.core.internal.check.priorities.PrioritiesCheck;
import io.github.specwright.core.internal.check.priorities.SpecLinks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The rules of priorities documents (the {@code priorities-documents} globs): their tables
 * ({@link PrioritiesCheck}) and the specs they name ({@link SpecLinks}, a consistency rule).
 */
final class PrioritiesRules implements DocumentCheck {

    private static final List<Rule> RULES = List.of(
            Rule.error(PrioritiesCheck.RULE_TABLE, PRIORITIES, "the table",
                    "Priorities tables are well formed.", "A priorities table the parser reports as malformed."),
            Rule.error(PrioritiesCheck.RULE_LINK, PRIORITIES, "the link",
                    "Each priority a table links to is described under the details section.",
                    "A table row links to no subsection of the details section (`priorities-details-titles`), "
                            + "or to a URL where a subsection was meant."),
            Rule.error(PrioritiesCheck.RULE_UNLISTED, PRIORITIES, "the subsection title",
                    "Each described priority is listed in a table.",
                    "A subsection of the details section that no table row links to."),
            Rule.error(PrioritiesCheck.RULE_CONTACTS, PRIORITIES, "the contacts cell",
                    "A table row names at most the allowed number of primary contacts.",
                    "More primary contacts than `priorities-max-contacts` (2 by default) in one row."),
            Rule.error(RuleIds.DANGLING_SPEC_LINK, RuleGroup.CONSISTENCY, "the link or role",
                    "The specs a priorities document names exist.",
                    "A priorities table row names a spec (a relative link or `:doc:`) that is no document of the "
                            + "repository."));

    @Override
    public List<Rule> rules() {
        return RULES;
    }

    @Override
    public boolean appliesTo(SpecDocument document) {
        return document.config().isPrioritiesDocument(document.path());
    }

    @Override
    public void check(SpecDocument document, FindingSink sink) {
        Path root = document.root();
        SpecLinks.dangling(document.path(), document.parsed(), target -> documentExists(root, target))
                .forEach(sink::report);
        new PrioritiesCheck(document.config().prioritiesOptions()).check(document.path(), document.parsed())
                .forEach(sink::report);
    }

    /** A document at {@code target}: as written, or a page's source ({@code x.html}, {@code x} for x.rst or x.md). */
    private static boolean documentExists(Path root, String target) {
        if (root == null) {
            return true;
        }
        String base = target.endsWith(".html") ? target.substring(0, target.length() - ".html".length()) : target;
        return Files.exists(root.resolve(target)) || Files.exists(root.resolve(base + ".rst"))
                || Files.exists(root.resolve(base + ".md"));
    }
}
