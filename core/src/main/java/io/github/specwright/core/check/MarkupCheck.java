package io.github.specwright.core.check;

import io.github.specwright.core.base.FindingSink;
import io.github.specwright.core.base.Rule;
import io.github.specwright.core.base.RuleGroup;

import static io.github.specwright.core.base.RuleGroup.SYNTAX;

import io.github.specwright.core.model.Diagnostic;
import java.util.List;

/**
 * The markup problems the parsers report ({@code rst-*} as docutils reports them at WARNING and
 * worse, doc8's D000; {@code md-*} for Markdown), turned into findings. A parser that reports a
 * new id must declare it here.
 */
final class MarkupCheck implements DocumentCheck {

    private static final String DOCUTILS = "where docutils reports it";
    private static final String CONSTRUCT = "the construct at fault";

    private static final List<Rule> RULES = List.of(
            rst("rst-ambiguous-target", "A reference names one target.",
                    "Two targets have the name a reference uses; rename one of them."),
            rst("rst-anonymous-mismatch", "Anonymous references and anonymous targets are as many.",
                    "The document has a different number of anonymous references (`__`) and anonymous targets."),
            rst("rst-directive-error", "Directives have valid arguments, options and content.",
                    "A directive (or a substitution definition) is missing its argument or content, has an "
                            + "unknown or invalid option, or content it does not take."),
            rst("rst-duplicate-target", "Target names are defined once.",
                    "Two explicit targets (or a target and a section title) define the same name."),
            rst("rst-internal-error", "The reStructuredText parser reads the whole file.",
                    "The parser failed on part of the file; please report it."),
            rst("rst-list", "List markers are valid.", "An option list marker that is not an option."),
            rst("rst-literal-block", "Literal blocks follow their `::` and are quoted consistently.",
                    "A `::` with no indented (or quoted) block after it, or a quoted literal block whose quoting "
                            + "changes."),
            rst("rst-malformed-table", "Tables are well formed.",
                    "A grid or simple table whose borders, columns or spans do not line up, or with no blank line "
                            + "after it."),
            rst("rst-missing-blank-line", "Blocks end with a blank line before unindented text.",
                    "A list, definition list, field list, block quote or explicit markup block ends without a "
                            + "blank line."),
            rst("rst-nesting-depth", "Blocks are not nested deeper than the parser follows.",
                    "Blocks nested too deep to be checked; flatten the structure."),
            rst("rst-role-conflict", "An interpreted text has one role.",
                    "An interpreted text has a role both before and after it."),
            rst("rst-title-level", "Section adornments are used consistently.",
                    "A title adornment style used at another level than before, or a level skipped."),
            rst("rst-title-overline", "Title overlines match their underlines.",
                    "An overline without a matching underline, an incomplete title, or an overline too short."),
            rst("rst-title-underline", "Title adornments are at least as long as the title.",
                    "`fix` lengthens a short underline.").repairedByFix(),
            rst("rst-transition", "Transitions stand between paragraphs.",
                    "A transition at the start or end of a section or document, or two in a row."),
            rst("rst-unclosed-inline", "Inline markup is closed.",
                    "Emphasis, strong, literal, interpreted text or a reference opened and never closed; escape "
                            + "the character with a backslash when it is meant as text."),
            rst("rst-undefined-substitution", "Substitution references name a defined substitution.",
                    "A `|name|` with no `.. |name|` definition."),
            rst("rst-unexpected-indent", "Indentation follows the structure.",
                    "An indented line where no indented block may start."),
            rst("rst-unexpected-title", "Section titles stand where sections may start.",
                    "A title inside a block quote, list or directive body."),
            rst("rst-unknown-directive", "Directives are known.", "A directive that neither docutils nor Sphinx knows."),
            rst("rst-unknown-role", "Interpreted text roles are known.",
                    "A role that neither docutils nor Sphinx knows."),
            rst("rst-unknown-target", "References name a defined target.",
                    "A reference, footnote reference or citation reference whose target is defined nowhere."),
            md("md-broken-fragment", "Markdown #fragment links name a heading or anchor of the file.",
                    "A link to `#fragment` that is no heading's anchor nor an explicit anchor of this file."),
            md("md-broken-reference", "Markdown reference links name a defined label.",
                    "A `[text][label]` whose label is defined nowhere in the file."),
            md("md-duplicate-definition", "Markdown link labels are defined once.",
                    "A link reference definition repeats a label; only the first counts."),
            md("md-front-matter-syntax", "The YAML front matter is well formed.",
                    "A front matter line that is not `key: value`, a list item or a comment."),
            md("md-heading-skip", "Markdown heading levels go down one at a time.",
                    "A heading more than one level below the one before it."),
            md("md-table-columns", "Markdown table rows have as many cells as the header.",
                    "A pipe table row with fewer or more cells than the header row."),
            md("md-too-deep", "Markdown blocks are not nested deeper than the checker follows.",
                    "Blocks nested too deep to be checked; flatten the structure."),
            md("md-unclosed-fence", "Markdown code fences are closed.",
                    "A code fence that is never closed, so the rest of the file is code."),
            md("md-unreadable", "The Markdown parser reads the whole file.",
                    "The Markdown parser failed on the file; please report it."));

    private static Rule rst(String id, String description, String help) {
        return Rule.error(id, SYNTAX, DOCUTILS, description, help);
    }

    private static Rule md(String id, String description, String help) {
        return Rule.error(id, SYNTAX, CONSTRUCT, description, help);
    }

    @Override
    public List<Rule> rules() {
        return RULES;
    }

    @Override
    public void check(SpecDocument document, FindingSink sink) {
        for (Diagnostic diagnostic : document.parsed().diagnostics()) {
            if (diagnostic.isFinding()) {
                sink.report(Math.max(1, diagnostic.line()), Math.max(1, diagnostic.column()), diagnostic.ruleId(),
                        diagnostic.message());
            }
        }
    }
}
