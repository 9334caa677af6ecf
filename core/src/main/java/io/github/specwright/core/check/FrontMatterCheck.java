package io.github.specwright.core.check;

import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.FindingSink;
import io.github.specwright.core.base.Rule;
import io.github.specwright.core.base.RuleGroup;
import io.github.specwright.core.base.Severity;

import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.FrontMatter;
import io.github.specwright.core.model.Node;
import io.github.specwright.core.model.SourceSpan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the YAML front matter of a Markdown spec against {@link FrontMatterOptions}: required
 * keys present, values allowed, keys that must hold something not empty, no key twice. Every
 * finding has the rule id {@value #RULE_ID} and points at the key or value at fault.
 */
public final class FrontMatterCheck implements DocumentCheck {

    public static final String RULE_ID = "front-matter";

    private static final List<Rule> RULES = List.of(Rule.error(RULE_ID, RuleGroup.TEMPLATE,
            "the key or value at fault, 1:1 without front matter",
            "The Markdown front matter declares the configured keys and values.",
            "Markdown specs only: the YAML front matter breaks a `[front-matter]` declaration, or repeats a key."));

    private final FrontMatterOptions options;

    /** The check as the registry runs it: with the options of each document's configuration. */
    FrontMatterCheck() {
        this(null);
    }

    public FrontMatterCheck(FrontMatterOptions options) {
        this.options = options;
    }

    @Override
    public List<Rule> rules() {
        return RULES;
    }

    /** Markdown specs under a policy that checks the template. */
    @Override
    public void check(SpecDocument document, FindingSink sink) {
        if (document.isMarkdown() && document.policy().checksTemplate()) {
            new FrontMatterCheck(document.config().frontMatter()).check(document.parsed().document(), document.path())
                    .forEach(sink::report);
        }
    }

    /** The findings for one parsed document, reported under {@code path}. */
    public List<Finding> check(Document document, String path) {
        List<Finding> findings = new ArrayList<>();
        if (options.isEmpty()) {
            return findings;
        }
        FrontMatter frontMatter = find(document);
        if (frontMatter == null) {
            List<String> required = options.requiredKeys();
            if (!required.isEmpty()) {
                findings.add(finding(path, 1, 1, "the spec has no YAML front matter; start the file with a block"
                        + " between two '---' lines that declares " + String.join(", ", required)));
            }
            return findings;
        }
        reportRepeatedKeys(frontMatter, path, findings);
        SourceSpan block = frontMatter.span();
        for (FrontMatterOptions.KeyRule rule : options.rules()) {
            FrontMatter.Entry entry = frontMatter.entry(rule.key());
            if (entry == null) {
                if (rule.required()) {
                    findings.add(finding(path, block.startLine(), block.startColumn(), "front matter lacks the key '"
                            + rule.key() + "'" + (rule.allowedText() == null ? "" : " (" + rule.allowedText() + ")")
                            + "; add a line '" + rule.key() + ": ...'"));
                }
                continue;
            }
            boolean empty = entry.values().stream().allMatch(String::isBlank);
            if (empty && rule.nonEmpty()) {
                findings.add(finding(path, entry.keySpan().startLine(), entry.keySpan().startColumn(),
                        "front matter key '" + rule.key() + "' is empty; give it at least one value"));
            }
            if (rule.allowed() != null) {
                for (int i = 0; i < entry.values().size(); i++) {
                    String value = entry.values().get(i);
                    if (!rule.allowed().matcher(value).matches()) {
                        SourceSpan at = entry.valueSpans().get(i);
                        findings.add(finding(path, at.startLine(), at.startColumn(), "front matter key '" + rule.key()
                                + "' has the value '" + value + "'; expected " + rule.allowedText()));
                    }
                }
            }
        }
        return findings;
    }

    private static void reportRepeatedKeys(FrontMatter frontMatter, String path, List<Finding> findings) {
        Set<String> seen = new HashSet<>();
        for (FrontMatter.Entry entry : frontMatter.entries()) {
            if (!seen.add(entry.key())) {
                findings.add(finding(path, entry.keySpan().startLine(), entry.keySpan().startColumn(),
                        "front matter key '" + entry.key() + "' appears more than once; YAML allows one"));
            }
        }
    }

    private static FrontMatter find(Document document) {
        for (Node child : document.children()) {
            if (child instanceof FrontMatter frontMatter) {
                return frontMatter;
            }
        }
        return null;
    }

    private static Finding finding(String path, int line, int column, String message) {
        return new Finding(path, Math.max(1, line), Math.max(1, column), Severity.ERROR, RULE_ID, message);
    }
}
