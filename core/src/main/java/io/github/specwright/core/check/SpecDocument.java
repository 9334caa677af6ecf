package io.github.specwright.core.check;

import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.parse.DocumentParsers;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * One decoded file as the document checks see it.
 *
 * @param path             the file, relative to the checked root, with {@code /} separators
 * @param text             the decoded text
 * @param lines            its lines, without line ends
 * @param format           reStructuredText or Markdown; null for a file of no markup format
 * @param parsed           the parsed tree and the parser's diagnostics; null when it could not be parsed
 * @param policy           the policy that applies to the file
 * @param policyRule       the {@code [policy]} section that chose it, or null for the default policy
 * @param templateOutline  the structure of the file's template, or null when the policy checks none
 * @param templateGuidance the template's guidance paragraphs (for {@code template-text}), or empty
 * @param config           the configuration of the run
 * @param root             the checked root on disk, or null when it is not known
 * @param templateVersionProblem the problem with the spec's template-version marker (an unknown
 *                         version), or null
 */
public record SpecDocument(String path, String text, List<String> lines, DocumentParsers.Format format,
                           ParsedDocument parsed, Policy policy, PolicyRule policyRule, Outline templateOutline,
                           Set<String> templateGuidance, CheckConfig config, Path root,
                           Problem templateVersionProblem) {

    public boolean isMarkdown() {
        return format == DocumentParsers.Format.MARKDOWN;
    }
}
