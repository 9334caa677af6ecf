package io.github.specwright.core.check;

import io.github.specwright.core.base.FindingSink;
import io.github.specwright.core.base.Rule;
import io.github.specwright.core.base.RuleGroup;

import io.github.specwright.core.check.priorities.SpecLinks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The specs a priorities document links to exist ({@link SpecLinks}). */
final class SpecLinksCheck implements DocumentCheck {

    private static final List<Rule> RULES = List.of(Rule.error(RuleIds.DANGLING_SPEC_LINK, RuleGroup.CONSISTENCY,
            "the link or role", "The specs a priorities document names exist.",
            "A priorities table row names a spec (a relative link or `:doc:`) that is no document of the repository."));

    @Override
    public List<Rule> rules() {
        return RULES;
    }

    @Override
    public void check(SpecDocument document, FindingSink sink) {
        if (document.config().isPrioritiesDocument(document.path())) {
            Path root = document.root();
            SpecLinks.dangling(document.path(), document.parsed(), target -> documentExists(root, target))
                    .forEach(sink::report);
        }
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
