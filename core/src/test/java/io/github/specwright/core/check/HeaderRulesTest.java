package io.github.specwright.core.check;

import io.github.specwright.core.base.ConfigException;

import static io.github.specwright.core.check.Trees.doc;
import static io.github.specwright.core.check.Trees.para;
import static io.github.specwright.core.check.Trees.section;
import static io.github.specwright.core.check.Trees.title;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderRulesTest {

    private static final String LICENSE = """
            ..
             This work is licensed under a Creative Commons Attribution 3.0 Unported
             License.

             http://creativecommons.org/licenses/by/3.0/legalcode

            """;

    private static CheckConfig ironicLike() throws ConfigException {
        return CheckConfig.builder()
                .trackerLinkPattern("https://(storyboard\\.openstack\\.org/#!/story/|bugs\\.launchpad\\.net/)")
                .linkOptOutMarker(".. lint: norfe")
                .build();
    }

    /** The license (lines 1-6), the title on line 8, then {@code body} from line 10, a section at {@code sectionLine}. */
    private static List<String> check(CheckConfig config, String header, String body, int sectionLine) {
        String text = header + "=====\nTitle\n=====\n\n" + body;
        List<String> lines = FormatRules.lines(text);
        int titleLine = header.split("\n", -1).length + 1;
        Document document = doc(title(titleLine, "Title"), section(sectionLine, "Problem description", para(sectionLine + 2)));
        return new HeaderRules(config, false).check(document, lines).stream()
                .map(p -> p.line() + ":" + p.column() + " [" + p.ruleId() + "] " + p.message())
                .toList();
    }

    @Test
    void licenseAndStoryLinkPass() throws ConfigException {
        String body = "https://storyboard.openstack.org/#!/story/2001234\n\nIntro.\n\nProblem description\n"
                + "===================\n\nText.\n";
        assertThat(check(ironicLike(), LICENSE, body, 14)).isEmpty();
    }

    @Test
    void missingLicenseIsReportedAtTheTop() throws ConfigException {
        String body = "https://bugs.launchpad.net/ironic/+bug/1\n\nProblem description\n===================\n";
        assertThat(check(ironicLike(), "", body, 7)).containsExactly(
                "1:1 [license-header] licence header missing before the title; expected the text 'This work is"
                        + " licensed under a Creative Commons Attribution 3.0 Unported License."
                        + " http://creativecommons.org/licenses/by/3.0/legalcode'");
    }

    @Test
    void licenseAfterTheTitleDoesNotCount() throws ConfigException {
        String body = LICENSE + "https://bugs.launchpad.net/ironic/+bug/1\n\nProblem description\n===================\n";
        assertThat(check(ironicLike(), "", body, 14)).extracting(s -> s.substring(0, s.indexOf(']') + 1))
                .containsExactly("1:1 [license-header]");
    }

    @Test
    void licenseTextIsConfigurable() throws ConfigException {
        CheckConfig config = ironicLike().toBuilder().licenseHeader("Copyright ACME").trackerLinkPattern(null).build();
        assertThat(check(config, ".. Copyright\n   ACME\n\n", "Problem description\n", 8)).isEmpty();
        assertThat(check(config, LICENSE, "Problem description\n", 12)).hasSize(1);
        assertThat(check(config.toBuilder().licenseHeader(null).build(), "", "x\n", 6)).isEmpty();
    }

    @Test
    void missingStoryLinkIsReportedAtTheFirstSection() throws ConfigException {
        String body = "Intro without a link.\n\nProblem description\n===================\n";
        assertThat(check(ironicLike(), LICENSE, body, 14)).containsExactly(
                "14:1 [story-link] no tracker link before the first section 'Problem description'; add the link"
                        + " to the story (a URL matching https://(storyboard\\.openstack\\.org/#!/story/|"
                        + "bugs\\.launchpad\\.net/)) or the line '.. lint: norfe'");
    }

    @Test
    void linkAfterTheFirstSectionDoesNotCount() throws ConfigException {
        String body = "Intro.\n\nProblem description\n===================\n\nhttps://bugs.launchpad.net/x/+bug/1\n";
        assertThat(check(ironicLike(), LICENSE, body, 14)).extracting(s -> s.substring(0, s.indexOf(']') + 1))
                .containsExactly("14:1 [story-link]");
    }

    @Test
    void optOutMarkerStandsForTheLink() throws ConfigException {
        String body = "Intro.\n\n.. lint: norfe\n\nProblem description\n===================\n";
        assertThat(check(ironicLike(), LICENSE, body, 16)).isEmpty();
    }

    @Test
    void defaultPatternKnowsTheUsualTrackers() throws ConfigException {
        CheckConfig config = CheckConfig.builder().licenseHeader(null).build();
        for (String link : List.of("https://github.com/acme/app/issues/12", "https://acme.atlassian.net/browse/APP-7",
                "https://bugs.launchpad.net/ironic/+bug/1", "https://storyboard.openstack.org/#!/story/2",
                "https://gitlab.com/acme/app/-/issues/3")) {
            assertThat(check(config, "", link + "\n\nProblem description\n", 7)).as(link).isEmpty();
        }
        assertThat(check(config, "", "https://example.org/\n\nProblem description\n", 7)).hasSize(1);
        assertThat(check(config, "", ".. no-tracker-link\n\nProblem description\n", 7)).isEmpty();
    }

    /** Only the story-link rule, on a Markdown source, with the default opt-out marker. */
    private static List<String> checkMarkdown(String source) throws ConfigException {
        CheckConfig config = CheckConfig.builder().trackerLinkPattern("https://tracker\\.example/").licenseHeader(null)
                .build();
        Document document = io.github.specwright.core.internal.markdown.MarkdownParser.parse(source, "a.md").document();
        return new HeaderRules(config, true).check(document, FormatRules.lines(source)).stream()
                .map(p -> p.line() + ":" + p.column() + " [" + p.ruleId() + "] " + p.message())
                .toList();
    }

    @Test
    void markdownOptsOutWithTheDefaultMarkerAsAnHtmlComment() throws ConfigException {
        assertThat(checkMarkdown("# Title\n\n<!-- no-tracker-link -->\n\n## Problem description\n\nText.\n"))
                .isEmpty();
        // The RST form still counts, as before; the suggestion is the form Markdown hides.
        assertThat(checkMarkdown("# Title\n\n.. no-tracker-link\n\n## Problem description\n\nText.\n")).isEmpty();
        assertThat(checkMarkdown("# Title\n\n## Problem description\n\nText.\n")).containsExactly(
                "3:1 [story-link] no tracker link before the first section 'Problem description'; add the link to the"
                        + " story (a URL matching https://tracker\\.example/) or the line '<!-- no-tracker-link -->'");
    }
}
