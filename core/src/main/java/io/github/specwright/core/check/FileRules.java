package io.github.specwright.core.check;

import io.github.specwright.core.base.Rule;
import io.github.specwright.core.base.RuleGroup;
import io.github.specwright.core.base.RuleSource;

import static io.github.specwright.core.base.RuleGroup.FORMAT;

import java.util.List;

/**
 * The rules of reading the files, reported by {@link SpecChecker} while it walks the repository,
 * decodes ({@link SourceDecoder}) and parses each file.
 */
final class FileRules implements RuleSource {

    private static final List<Rule> RULES = List.of(
            Rule.error(RuleIds.FILE_EXTENSION, RuleGroup.TEMPLATE, "1:1", "Specs have the template's file extension.",
                    "A file without a checked extension where a `full`/`short` policy applies."),
            Rule.error(RuleIds.ENCODING, FORMAT, "the first bad byte", "Files are valid UTF-8.",
                    "Invalid UTF-8 (one finding per file, with the byte offset and a count of further bad sequences; "
                            + "the rest of the file is still checked), a UTF-8 byte order mark, UTF-16 (with a byte "
                            + "order mark, or recognised by its NUL bytes), or a binary file (NUL bytes: one finding, "
                            + "not checked further)."),
            Rule.error(RuleIds.BROKEN_LINK, FORMAT, "1:1", "Symbolic links lead to a file.",
                    "A symbolic link whose target does not exist, named with its target."),
            Rule.error(RuleIds.OUTSIDE_LINK, FORMAT, "1:1", "Symbolic links stay inside the repository.",
                    "A symbolic link (or link stub) met while walking the repository that leads outside its root: "
                            + "reported with its target, not followed. A file named on the command line is checked "
                            + "wherever it is."),
            Rule.error(RuleIds.FILE_SIZE, FORMAT, "1:1", "Files are small enough to check.",
                    "Over `max-file-size`; not read. Also a file the JVM's heap cannot hold (the message names the "
                            + "limit)."),
            Rule.error(RuleIds.UNREADABLE, FORMAT, "1:1", "Files and directories can be read.",
                    "The file or directory cannot be read."),
            Rule.error(RuleIds.PARSER_FAILURE, RuleGroup.SYNTAX, "1:1", "The parser reads every file.",
                    "The parser failed on the file (a bug to report)."));

    @Override
    public List<Rule> rules() {
        return RULES;
    }
}
