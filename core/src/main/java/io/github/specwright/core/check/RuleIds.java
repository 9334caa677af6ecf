package io.github.specwright.core.check;

import java.util.Map;

/** The rule ids of the spec checks, with the group each belongs to and its default severity. */
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

    /** Markup problems carry the parsers' own {@code rst-*} and {@code md-*} ids. */
    public static final String SYNTAX_PREFIX = "rst-";
    public static final String MARKDOWN_SYNTAX_PREFIX = "md-";
    /** Rules of priorities documents are named {@code priorities-*}. */
    public static final String PRIORITIES_PREFIX = "priorities";
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
    public static final String DANGLING_SPEC_LINK = "dangling-spec-link";

    private static final Map<String, RuleGroup> GROUPS = Map.ofEntries(
            Map.entry(MISSING_SECTION, RuleGroup.TEMPLATE),
            Map.entry(EXTRA_SECTION, RuleGroup.TEMPLATE),
            Map.entry(MISSING_SUBSECTION, RuleGroup.TEMPLATE),
            Map.entry(SECTION_ORDER, RuleGroup.TEMPLATE),
            Map.entry(EMPTY_SECTION, RuleGroup.TEMPLATE),
            Map.entry(IMAGE, RuleGroup.TEMPLATE),
            Map.entry(FILE_EXTENSION, RuleGroup.TEMPLATE),
            Map.entry(LICENSE_HEADER, RuleGroup.TEMPLATE),
            Map.entry(STORY_LINK, RuleGroup.TEMPLATE),
            Map.entry(TEMPLATE_TEXT, RuleGroup.TEMPLATE),
            Map.entry(PLACEHOLDER, RuleGroup.TEMPLATE),
            Map.entry(TEMPLATE_VERSION, RuleGroup.TEMPLATE),
            Map.entry(LINE_LENGTH, RuleGroup.FORMAT),
            Map.entry(TRAILING_WHITESPACE, RuleGroup.FORMAT),
            Map.entry(TAB_INDENT, RuleGroup.FORMAT),
            Map.entry(CARRIAGE_RETURN, RuleGroup.FORMAT),
            Map.entry(FINAL_NEWLINE, RuleGroup.FORMAT),
            Map.entry(ENCODING, RuleGroup.FORMAT),
            Map.entry(BROKEN_LINK, RuleGroup.FORMAT),
            Map.entry(OUTSIDE_LINK, RuleGroup.FORMAT),
            Map.entry(FILE_SIZE, RuleGroup.FORMAT),
            Map.entry(UNREADABLE, RuleGroup.FORMAT),
            Map.entry(INVISIBLE_CHARACTER, RuleGroup.FORMAT),
            Map.entry(PARSER_FAILURE, RuleGroup.SYNTAX),
            Map.entry(FRONT_MATTER, RuleGroup.TEMPLATE),
            Map.entry(INVALID_SUPPRESSION, RuleGroup.FORMAT),
            Map.entry(UNUSED_SUPPRESSION, RuleGroup.FORMAT),
            Map.entry(STALE_BASELINE_ENTRY, RuleGroup.FORMAT),
            Map.entry(REDIRECT_SYNTAX, RuleGroup.CONSISTENCY),
            Map.entry(REDIRECT_TARGET, RuleGroup.CONSISTENCY),
            Map.entry(REDIRECT_CHAIN, RuleGroup.CONSISTENCY),
            Map.entry(REDIRECT_SOURCE_EXISTS, RuleGroup.CONSISTENCY),
            Map.entry(MISSING_REDIRECT, RuleGroup.CONSISTENCY),
            Map.entry(DUPLICATE_TITLE, RuleGroup.CONSISTENCY),
            Map.entry(STATUS_DIRECTORY, RuleGroup.CONSISTENCY),
            Map.entry(DIRECTORY_LAYOUT, RuleGroup.CONSISTENCY),
            Map.entry(DANGLING_SPEC_LINK, RuleGroup.CONSISTENCY));

    private RuleIds() {
    }

    /** Every rule id this package defines, except the parser's {@code rst-*} ids. */
    public static java.util.Set<String> all() {
        return GROUPS.keySet();
    }

    /** Whether {@code ruleId} is one of ours, a markup rule id or a priorities rule id. */
    public static boolean isKnown(String ruleId) {
        return GROUPS.containsKey(ruleId) || ruleId.startsWith(SYNTAX_PREFIX)
                || ruleId.startsWith(MARKDOWN_SYNTAX_PREFIX) || ruleId.startsWith(PRIORITIES_PREFIX);
    }

    /** The rules whose findings {@code specwright fix} repairs (the rest need an author). */
    private static final java.util.Set<String> FIXABLE = java.util.Set.of(TRAILING_WHITESPACE, TAB_INDENT,
            CARRIAGE_RETURN, FINAL_NEWLINE, INVISIBLE_CHARACTER, MISSING_SECTION, MISSING_SUBSECTION, "rst-title-underline");

    /** Whether {@code specwright fix} repairs this rule's findings. */
    public static boolean isFixable(String ruleId) {
        return FIXABLE.contains(ruleId);
    }

    /** The group of a rule id; {@code rst-*} and {@code md-*} ids are {@link RuleGroup#SYNTAX}. */
    public static RuleGroup groupOf(String ruleId) {
        RuleGroup group = GROUPS.get(ruleId);
        if (group != null) {
            return group;
        }
        return ruleId.startsWith(PRIORITIES_PREFIX) ? RuleGroup.PRIORITIES : RuleGroup.SYNTAX;
    }

    /** The severity a rule has unless configured otherwise: errors, but for empty sections. */
    public static Severity defaultSeverity(String ruleId) {
        return EMPTY_SECTION.equals(ruleId) || UNUSED_SUPPRESSION.equals(ruleId) || STALE_BASELINE_ENTRY.equals(ruleId)
                || TEMPLATE_TEXT.equals(ruleId)
                ? Severity.WARNING : Severity.ERROR;
    }
}
