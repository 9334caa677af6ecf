package io.github.specwright.core.internal.check.priorities;

import io.github.specwright.core.base.PrioritiesOptions;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.base.Finding;
import io.github.specwright.core.internal.markdown.GithubAnchors;
import io.github.specwright.core.internal.markdown.MarkdownParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A priorities document in Markdown: pipe tables whose rows link their descriptions by anchor. */
class MarkdownPrioritiesTest {

    private static final String DOCUMENT = """
            # 2027.1 Project Priorities

            ## Essential Priorities

            | Priority | Primary Contacts |
            | --- | --- |
            | [Faster deploys](#faster-deploys) | alice, bob |
            | [Client (CLI) support](#client-cli-support) | carol |

            ## Optional Priorities

            | Priority | Primary Contacts |
            | --- | --- |
            | Search the specs | dave |

            ## Details

            ### Faster deploys

            Make it quick.

            ### Client (CLI) support

            Both spellings of the anchor work.
            """;

    private static List<String> check(String source) {
        return new PrioritiesCheck(PrioritiesOptions.defaults())
                .check("priorities.md", MarkdownParser.parse(source, "priorities.md")).stream()
                .map(Finding::format).toList();
    }

    @Test
    void aWellFormedMarkdownDocumentPasses() {
        assertThat(check(DOCUMENT)).isEmpty();
    }

    @Test
    void tooManyContactsInAPipeTableRowAreReportedAtTheCell() {
        assertThat(check(DOCUMENT.replace("| alice, bob |", "| alice, bob, erin |"))).containsExactly(
                "priorities.md:7:39: error [priorities-contacts] this row names 3 primary contacts (alice, bob, erin);"
                        + " name at most 2 and list other contributors elsewhere");
    }

    @Test
    void anAnchorToNoDescriptionAndADescriptionNoRowLinksAreReported() {
        String broken = DOCUMENT.replace("(#faster-deploys)", "(#faster-deploy)");
        assertThat(check(broken)).containsExactly(
                "priorities.md:7:3: error [priorities-link] the priority \"Faster deploys\" links to #faster-deploy,"
                        + " which is no subsection of the \"Details\" section; add a subsection titled \"Faster deploys\""
                        + " there or fix the anchor",
                "priorities.md:18:1: error [priorities-unlisted] the priority \"Faster deploys\" is described here but"
                        + " no priorities table links to it; add a row with [Faster deploys](#faster-deploys) or remove"
                        + " the section");
    }

    @Test
    void theSiteSpellingOfAnAnchorWorksToo() {
        assertThat(check(DOCUMENT.replace("(#client-cli-support)", "(#client--cli--support)"))).hasSize(2);
        assertThat(GithubAnchors.slug("Client (CLI) support")).isEqualTo("client-cli-support");
        assertThat(PrioritiesCheck.siteAnchor("A -- B: c")).isEqualTo("a-b-c");
        assertThat(GithubAnchors.slug("A -- B: c")).isEqualTo("a----b-c");
    }
}
