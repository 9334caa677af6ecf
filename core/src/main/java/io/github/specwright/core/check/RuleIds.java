package io.github.specwright.core.check;

import io.github.specwright.core.base.Rule;
import io.github.specwright.core.base.RuleGroup;
import io.github.specwright.core.base.Severity;

/**
 * The rule ids as constants, for the code that reports them; what each rule is (group, severity,
 * description, fixable) is declared by its check and looked up in {@link RuleRegistry}.
 */
public final class RuleIds {

    public static final String MISSING_SECTION = "missing-section";
    public static final String EXTRA_SECTION = "extra-section";
    public static final String MISSING_SUBSECTION = "missing-subsection";
    public static final String SECTION_ORDER = "section-order";
    public static final String EMPTY_SECTION = "empty-section";
    public static final String IMAGE = "image";
    public static final String FILE_EXTENSION = "file-extension";
    public static final String LICENSE_HEADER = "license-header";
    public static final String STORY_LINK = "story-link";
    public static final String TEMPLATE_TEXT = "template-text";
    public static final String PLACEHOLDER = "placeholder";
    /** A spec declaring a template version the template's history and kept copies do not have. */
    public static final String TEMPLATE_VERSION = "template-version";

    public static final String LINE_LENGTH = "line-length";
    public static final String TRAILING_WHITESPACE = "trailing-whitespace";
    public static final String TAB_INDENT = "tab-indent";
    public static final String CARRIAGE_RETURN = "carriage-return";
    public static final String FINAL_NEWLINE = "final-newline";
    public static final String ENCODING = "encoding";
    public static final String BROKEN_LINK = "broken-link";
    public static final String OUTSIDE_LINK = "outside-link";
    public static final String FILE_SIZE = "file-size";
    public static final String UNREADABLE = "unreadable";
    public static final String INVISIBLE_CHARACTER = "invisible-character";

    /** Markdown front matter (the Markdown counterpart of the header checks). */
    public static final String FRONT_MATTER = "front-matter";
    public static final String PARSER_FAILURE = "parser-failure";

    /** Suppression comments that cannot work or cover nothing. */
    public static final String INVALID_SUPPRESSION = "invalid-suppression";
    public static final String UNUSED_SUPPRESSION = "unused-suppression";
    /** A baseline entry no finding matches any more. */
    public static final String STALE_BASELINE_ENTRY = "stale-baseline-entry";

    public static final String REDIRECT_SYNTAX = "redirect-syntax";
    public static final String REDIRECT_TARGET = "redirect-target";
    public static final String REDIRECT_CHAIN = "redirect-chain";
    public static final String REDIRECT_SOURCE_EXISTS = "redirect-source-exists";
    public static final String MISSING_REDIRECT = "missing-redirect";
    public static final String DUPLICATE_TITLE = "duplicate-title";
    public static final String STATUS_DIRECTORY = "status-directory";
    public static final String DIRECTORY_LAYOUT = "directory-layout";
    public static final String DANGLING_SPEC_LINK = io.github.specwright.core.internal.check.priorities.SpecLinks.RULE_ID;

    private RuleIds() {
    }

    /** Every rule id a check declares ({@link RuleRegistry}). */
    public static java.util.Set<String> all() {
        return RuleRegistry.ids();
    }

    /** Whether a check declares {@code ruleId}. */
    public static boolean isKnown(String ruleId) {
        return RuleRegistry.rule(ruleId) != null;
    }

    /** Whether {@code specwright fix} repairs this rule's findings. */
    public static boolean isFixable(String ruleId) {
        Rule rule = RuleRegistry.rule(ruleId);
        return rule != null && rule.fixable();
    }

    /** The group of a rule id; an id no check declares counts as {@link RuleGroup#SYNTAX}. */
    public static RuleGroup groupOf(String ruleId) {
        Rule rule = RuleRegistry.rule(ruleId);
        return rule != null ? rule.group() : RuleGroup.SYNTAX;
    }

    /** The severity a rule has unless configured otherwise ({@link Rule#defaultSeverity()}); errors for unknown ids. */
    public static Severity defaultSeverity(String ruleId) {
        Rule rule = RuleRegistry.rule(ruleId);
        return rule != null ? rule.defaultSeverity() : Severity.ERROR;
    }
}
