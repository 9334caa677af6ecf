package io.github.specwright.core.report;

import java.util.Map;

/**
 * One-line descriptions of the rule ids, for report formats that describe their rules (SARIF's
 * {@code tool.driver.rules}). An id not listed here is described by its own name, so a new rule
 * never breaks a report.
 */
public final class RuleCatalog {

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("line-length", "Lines are wrapped at the configured width (79 columns by default)."),
            Map.entry("trailing-whitespace", "Lines do not end with spaces or tabs."),
            Map.entry("tab-indent", "Indentation uses spaces, not tabs."),
            Map.entry("carriage-return", "Lines end with LF only, never CR."),
            Map.entry("final-newline", "The file ends with a newline."),
            Map.entry("missing-section", "Every top-level section of the template is present."),
            Map.entry("missing-subsection", "Every subsection of the template is present in its section."),
            Map.entry("extra-section", "No top-level section outside the template."),
            Map.entry("story-link", "The spec links its tracker story before the first section."),
            Map.entry("license-header", "The spec starts with the licence header."),
            Map.entry("rst-title-underline", "Title adornments are at least as long as the title."),
            Map.entry("rst-syntax", "The reStructuredText is valid as docutils reads it."),
            Map.entry("md-broken-reference", "Markdown reference links name a defined label."),
            Map.entry("md-heading-skip", "Markdown heading levels go down one at a time."),
            Map.entry("md-unclosed-fence", "Markdown code fences are closed."),
            Map.entry("md-duplicate-definition", "Markdown link labels are defined once."),
            Map.entry("md-table-columns", "Markdown table rows have as many cells as the header."),
            Map.entry("md-broken-fragment", "Markdown #fragment links name a heading or anchor of the file."),
            Map.entry("front-matter", "The Markdown front matter declares the configured keys and values."),
            Map.entry("template-version", "A spec declares a template version the template's history or kept copies have."),
            Map.entry("template-text", "No paragraph of the template's guidance is left word for word."),
            Map.entry("placeholder", "No section of a full spec holds only a placeholder such as TBD."),
            Map.entry("file-extension", "Specs have the template's file extension."),
            Map.entry("encoding", "Files are valid UTF-8."));

    private RuleCatalog() {
    }

    /** A short description of {@code ruleId}; never null. */
    public static String describe(String ruleId) {
        String description = DESCRIPTIONS.get(ruleId);
        return description != null ? description : "Specwright rule " + ruleId + ".";
    }
}
