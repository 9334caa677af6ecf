package io.github.specwright.core.check;

import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.RuleGroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * With the configuration equivalent to ironic-specs' {@code tests/test_titles.py}
 * ({@code ironic.conf}), the template and header findings on the real corpus are exactly the 5
 * failures of {@code ironic-specs.expected/test_titles.txt}, for the same reasons.
 */
class IronicParityTest {

    private static final Set<String> TEMPLATE_RULES = Set.of(RuleIds.MISSING_SECTION, RuleIds.EXTRA_SECTION,
            RuleIds.MISSING_SUBSECTION, RuleIds.FILE_EXTENSION, RuleIds.LICENSE_HEADER, RuleIds.STORY_LINK);

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    @Test
    void templateFindingsAreExactlyTestTitlesFailures() throws Exception {
        Path ironic = Corpus.dir("ironic-specs");
        Path expectedFile = ironic.resolveSibling("ironic-specs.expected").resolve("test_titles.txt");
        Map<String, Set<String>> expected = expectedReasons(Files.readAllLines(expectedFile, StandardCharsets.UTF_8));
        assertThat(expected).hasSize(5);

        CheckConfig config = CheckConfig.load(Path.of("src/test/resources/ironic.conf"));
        CheckResult result = new SpecChecker(config).check(ironic);
        Map<String, Set<String>> actual = new TreeMap<>();
        for (Finding finding : result.findings()) {
            if (TEMPLATE_RULES.contains(finding.ruleId())) {
                actual.computeIfAbsent(finding.path(), k -> new TreeSet<>()).add(reason(finding));
            }
        }
        assertThat(actual).isEqualTo(expected);
    }

    /**
     * doc8 finds nothing wrong with the real corpus but the 136 symlinks, which a checkout without
     * symlink support stores as one-line files without a final newline (D005). We follow those
     * as links instead (a documented decision), so the only other finding is the broken one.
     */
    @Test
    void realCorpusIsCleanButForTheBrokenLink() throws Exception {
        Path ironic = Corpus.dir("ironic-specs");
        CheckResult result = new SpecChecker(CheckConfig.load(Path.of("src/test/resources/ironic.conf"))).check(ironic);
        List<String> others = result.findings().stream()
                .filter(f -> !TEMPLATE_RULES.contains(f.ruleId()))
                // The priorities documents' real defects are pinned one by one in PrioritiesCorpusTest.
                .filter(f -> RuleIds.groupOf(f.ruleId()) != RuleGroup.PRIORITIES)
                .map(Finding::format)
                .toList();
        // The link's own words, whichever way ../shared holds it: a real symbolic link, or git's one-line stub.
        String stored = Files.isSymbolicLink(ironic.resolve("specs/not-implemented/node-maintenance-extension.rst"))
                ? "" : " (a symbolic link stored as a text file)";
        assertThat(others).containsExactly("specs/not-implemented/node-maintenance-extension.rst:1:1: error [broken-link]"
                + " broken symbolic link: specs/not-implemented/node-maintenance-extension.rst points to"
                + " specs/approved/node-maintenance-extension.rst" + stored + ", which does not exist");
        assertThat(result.filesChecked()).isEqualTo(284);
    }

    /**
     * The sections docutils parses with nothing but a title (measured with docutils 0.19:
     * {@code publish_doctree}, sections whose only child is their title) in approved/ and
     * backlog/; the same sections are our {@code empty-section} findings.
     */
    @Test
    void emptySectionsAreTheOnesDocutilsSees() throws Exception {
        Path ironic = Corpus.dir("ironic-specs");
        CheckConfig config = CheckConfig.load(Path.of("src/test/resources/ironic.conf")).toBuilder()
                .disabledRules(Set.of()).build();
        List<String> empty = new SpecChecker(config).check(ironic).findings().stream()
                .filter(f -> f.ruleId().equals(RuleIds.EMPTY_SECTION))
                .map(f -> f.path() + " " + names(f.message()).get(0))
                .toList();
        assertThat(empty).containsExactly(
                "specs/approved/agent-api.rst References",
                "specs/approved/agent-http-provisioning.rst \"ironic\" CLI",
                "specs/approved/agent-http-provisioning.rst \"openstack baremetal\" CLI",
                "specs/approved/async-metrics.rst References",
                "specs/approved/boot-config-api.rst References",
                "specs/approved/boot-from-ramdisk.rst Dependencies",
                "specs/approved/inspector-network-separation.rst References",
                "specs/approved/nc-si.rst References",
                "specs/approved/node-retirement.rst RPC API impact",
                "specs/approved/partition-image-support-for-agent-driver.rst Dependencies",
                "specs/approved/partition-image-support-for-agent-driver.rst Upgrades and Backwards Compatibility",
                "specs/approved/partition-image-support-for-agent-driver.rst References");
    }

    /** A finding as a comparable reason: "missing-section Proposed change", "story-link". */
    private static String reason(Finding finding) {
        Matcher quoted = QUOTED.matcher(finding.message());
        List<String> names = new ArrayList<>();
        while (quoted.find()) {
            names.add(quoted.group(1));
        }
        return switch (finding.ruleId()) {
            case RuleIds.MISSING_SECTION, RuleIds.EXTRA_SECTION -> finding.ruleId() + " " + names.get(0);
            case RuleIds.MISSING_SUBSECTION -> finding.ruleId() + " " + names.get(0) + " > " + names.get(1);
            default -> finding.ruleId();
        };
    }

    /** Parses test_titles.py's failure lines into the same reasons. */
    private static Map<String, Set<String>> expectedReasons(List<String> rows) {
        Map<String, Set<String>> expected = new TreeMap<>();
        for (String row : rows) {
            int separator = row.indexOf(" :: ");
            if (separator < 0) {
                continue;
            }
            String file = row.substring(0, separator);
            String text = row.substring(separator + 4);
            Set<String> reasons = expected.computeIfAbsent(file, k -> new TreeSet<>());
            if (text.contains("Storyboard is missing") || text.contains("launchpad bug is missing")) {
                reasons.add(RuleIds.STORY_LINK);
            }
            if (text.contains("must uses 'rst' extension")) {
                reasons.add(RuleIds.FILE_EXTENSION);
            }
            for (String part : text.split("\\| ")) {
                part = part.strip();
                if (part.startsWith("Missing sections:")) {
                    names(part).forEach(n -> reasons.add(RuleIds.MISSING_SECTION + " " + n));
                } else if (part.startsWith("Extra sections:")) {
                    names(part).forEach(n -> reasons.add(RuleIds.EXTRA_SECTION + " " + n));
                } else if (part.startsWith("Section '")) {
                    List<String> all = names(part);
                    all.subList(1, all.size()).forEach(n -> reasons.add(RuleIds.MISSING_SUBSECTION + " " + all.get(0) + " > " + n));
                }
            }
            if (text.contains("AssertionError") || text.contains("False is not true")) {
                reasons.add(RuleIds.LICENSE_HEADER);
            }
        }
        return expected;
    }

    private static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            names.add(quoted.group(1));
        }
        return names;
    }
}
