package io.github.specwright.core.check;

import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.base.RuleGroup;
import io.github.specwright.core.base.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileReaderTest {

    @TempDir
    Path dir;

    private CheckConfig load(String text) throws IOException, ConfigException {
        Path file = dir.resolve("specwright.conf");
        Files.writeString(file, text);
        return CheckConfig.load(file);
    }

    private void assertError(String text, String message) throws IOException {
        Path file = dir.resolve("specwright.conf");
        Files.writeString(file, text);
        assertThatThrownBy(() -> CheckConfig.load(file)).isInstanceOf(ConfigException.class)
                .hasMessage(file + message);
    }

    @Test
    void readsEverySetting() throws Exception {
        CheckConfig config = load("""
                # comment
                ; another comment
                [check]
                template = docs/template.rst
                default-policy = ignore
                short-required-sections = Problem, Solution
                license-header =
                    Licensed under
                    CC-BY.
                tracker-link-pattern = https://tracker/\\d+
                link-opt-out-marker = .. no-link
                max-line-length = 100
                max-file-size = 2048
                allow-images = yes
                check-order = true
                groups = template, format
                extensions = .rst, .txt
                excludes = build/, tmp/**
                disable = empty-section
                severity.line-length = warning
                severity.image = off

                [policy "specs/approved/*"]
                kind = full
                template = specs/approved-template.rst
                optional-sections = Testing
                optional-subsections =
                    Proposed change > Alternatives
                    Ramdisk impact
                allow-extra-sections = true

                [policy specs/backlog/]
                kind = short
                """);
        assertThat(config.template()).isEqualTo("docs/template.rst");
        assertThat(config.defaultPolicy()).isEqualTo(Policy.IGNORE);
        assertThat(config.shortRequiredSections()).containsExactly("Problem", "Solution");
        assertThat(config.licenseHeader()).isEqualTo("Licensed under CC-BY.");
        assertThat(config.trackerLinkPattern()).isEqualTo("https://tracker/\\d+");
        assertThat(config.linkOptOutMarker()).isEqualTo(".. no-link");
        assertThat(config.maxLineLength()).isEqualTo(100);
        assertThat(config.maxFileSize()).isEqualTo(2048);
        assertThat(config.allowImages()).isTrue();
        assertThat(config.checkOrder()).isTrue();
        assertThat(config.groups()).containsExactlyInAnyOrder(RuleGroup.TEMPLATE, RuleGroup.FORMAT);
        assertThat(config.extensions()).containsExactlyInAnyOrder(".rst", ".txt");
        assertThat(config.excludes()).containsExactly("build/", "tmp/**");
        assertThat(config.disabledRules()).containsExactlyInAnyOrder("empty-section", "image");
        assertThat(config.severityOf("line-length")).isEqualTo(Severity.WARNING);
        assertThat(config.policies()).containsExactly(
                new PolicyRule("specs/approved/*", Policy.FULL, "specs/approved-template.rst", Set.of("Testing"),
                        Set.of("Proposed change > Alternatives", "Ramdisk impact"), true),
                PolicyRule.of("specs/backlog/", Policy.SHORT));
        assertThat(config.policyFor("specs/backlog/x.rst")).isEqualTo(Policy.SHORT);
        assertThat(config.policyFor("other.rst")).isEqualTo(Policy.IGNORE);
    }

    @Test
    void templateVersionSettings() throws Exception {
        CheckConfig config = load("""
                [check]
                template-version = latest-for-changed
                template-versions = specs/*-template.rst, specs/templates/*.rst
                renamed-sections =
                    Alternatives > Alternatives considered
                    Work Items > Work items

                [policy specs/backlog/]
                kind = short
                template-version = declared
                """);
        var versions = config.templateVersions();
        assertThat(versions.policy()).isEqualTo(io.github.specwright.core.template.TemplateVersionPolicy.LATEST_FOR_CHANGED);
        assertThat(versions.policyFor("specs/backlog/"))
                .isEqualTo(io.github.specwright.core.template.TemplateVersionPolicy.DECLARED);
        assertThat(versions.copies()).containsExactly("specs/*-template.rst", "specs/templates/*.rst");
        assertThat(versions.renames()).containsExactly(java.util.Map.entry("Alternatives", "Alternatives considered"),
                java.util.Map.entry("Work Items", "Work items"));
        assertThat(config.toBuilder().build().templateVersions()).isEqualTo(versions);
        assertThat(CheckConfig.defaults().templateVersions().versioned()).isFalse();
        assertError("[check]\ntemplate-version = newest\n",
                ":2: template-version must be latest, declared or latest-for-changed, not 'newest'");
        assertError("[check]\nrenamed-sections = Alternatives\n",
                ":2: a renamed-sections entry must read 'Old title > New title', not 'Alternatives'");
    }

    @Test
    void withoutPolicySectionsTheDefaultLayoutStays() throws Exception {
        CheckConfig config = load("[check]\nmax-line-length = 99\n");
        assertThat(config.policies()).isEqualTo(CheckConfig.defaults().policies());
        assertThat(config.maxLineLength()).isEqualTo(99);
    }

    @Test
    void noneDisablesAHeaderCheck() throws Exception {
        CheckConfig config = load("[check]\nlicense-header = none\ntracker-link-pattern =\n");
        assertThat(config.licenseHeader()).isNull();
        assertThat(config.trackerLinkPattern()).isNull();
    }

    @Test
    void theIronicConfigurationLoads() throws Exception {
        CheckConfig config = CheckConfig.load(Path.of("src/test/resources/ironic.conf"));
        assertThat(config.policyFor("specs/approved/x.rst")).isEqualTo(Policy.FULL);
        assertThat(config.policyFor("specs/backlog/x.rst")).isEqualTo(Policy.SHORT);
        assertThat(config.policyFor("specs/16.0/x.rst")).isEqualTo(Policy.FORMAT_ONLY);
        assertThat(config.licenseHeader()).isEqualTo("This work is licensed under a Creative Commons Attribution 3.0"
                + " Unported License. http://creativecommons.org/licenses/by/3.0/legalcode");
        assertThat(config.linkOptOutMarker()).isEqualTo(".. lint: norfe");
        assertThat(config.isEnabled(RuleIds.EMPTY_SECTION)).isFalse();
    }

    @Test
    void errorsNameTheFileAndLine() throws IOException {
        assertError("max-line-length = 3\n", ":1: setting outside a section: start with [check] or [policy GLOB]");
        assertError("[check]\nmax-line-length = many\n", ":2: max-line-length must be a whole number, not 'many'");
        assertError("[check]\nallow-images = maybe\n", ":2: allow-images must be true or false, not 'maybe'");
        assertError("[check]\ncolour = blue\n", ":2: unknown setting 'colour' in [check]");
        assertError("[checks]\n", ":1: unknown section [checks]; expected [check], [policy GLOB], [directory-layout GLOB]"
                + " or [front-matter]");
        assertError("[check\n", ":1: section header without closing ']': [check");
        assertError("[check]\njust words\n", ":2: expected 'key = value', found 'just words'");
        assertError("[policy a/]\ntemplate = t.rst\n", ":1: [policy a/] has no 'kind' (full, short, format-only or ignore)");
        assertError("[policy a/]\nkind = strict\n", ":2: unknown policy kind 'strict'; expected full, short, format-only or ignore");
        assertError("[check]\nseverity.line-length = fatal\n", ":2: severity.line-length must be error, warning or off, not 'fatal'");
        assertError("[check]\ngroups = layout\n", ":2: unknown rule group 'layout'; expected template, format, syntax, priorities, consistency");
        assertError("[policy a/]\nkind = full\ncolour = red\n", ":3: unknown setting 'colour' in [policy a/]");
        assertError("  indented = 1\n", ":1: indented line without a key before it");
    }

    @Test
    void validationErrorsNameTheFileAndTheLine() throws IOException {
        Path file = dir.resolve("specwright.conf");
        Files.writeString(file, "[check]\nextensions = .rst\n\n[policy \"specs/[x\"]\nkind = full\n");
        assertThatThrownBy(() -> CheckConfig.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":4: invalid glob 'specs/[x' in policy: ");
    }

    @Test
    void settingsFoundWrongWhenTheConfigurationIsBuiltAreNamedWithTheirLine() throws IOException {
        assertError("[check]\n# limits\nmax-line-length = 0\n", ":3: max-line-length must be at least 1, not 0");
        assertError("[check]\nmax-file-size = -5\n", ":2: max-file-size must be at least 1 byte, not -5");
        assertError("[check]\n\npriorities-max-contacts = 0\n",
                ":3: priorities-max-contacts must be at least 1, not 0");
        assertError("[check]\nextensions = rst\n", ":2: a file extension must start with a dot, like .rst: 'rst'");
        assertError("[check]\ntracker-link-pattern = (\n",
                ":2: invalid tracker-link-pattern '(': Unclosed group");
        assertError("[check]\nseverity.no-such-rule = warning\n",
                ":2: unknown rule id 'no-such-rule' in severity; known: " + new java.util.TreeSet<>(RuleIds.all()));
        assertError("[check]\nexcludes =\n  drafts/\n  [bad\n", ":2: invalid glob '[bad' in excludes: Missing '] near index 3");
    }

    @Test
    void missingFileIsAClearError() {
        Path missing = dir.resolve("nope.conf");
        assertThatThrownBy(() -> CheckConfig.load(missing)).isInstanceOf(ConfigException.class)
                .hasMessage("cannot read configuration file " + missing + ": no such file");
    }

    @Test
    void readsFrontMatterDeclarationsOnePerLineKeepingTheKeysCase() throws Exception {
        CheckConfig config = load("""
                [check]
                extensions = .md

                [front-matter]
                status = draft | approved | implemented
                Ticket = /[A-Z]+-[0-9]+/
                authors = non-empty
                owner =
                reviewers? = non-empty
                """);
        assertThat(config.frontMatterDeclarations()).containsExactly("status: draft | approved | implemented",
                "Ticket: /[A-Z]+-[0-9]+/", "authors: non-empty", "owner", "reviewers?: non-empty");
        assertThat(config.frontMatter().requiredKeys()).containsExactly("status", "Ticket", "authors", "owner");
    }

    @Test
    void withoutAFrontMatterSectionNothingIsDeclared() throws Exception {
        CheckConfig config = load("[check]\nextensions = .md\n");
        assertThat(config.frontMatterDeclarations()).isEmpty();
        assertThat(config.frontMatter().isEmpty()).isTrue();
    }

    @Test
    void aBadFrontMatterDeclarationIsReportedAtItsLine() throws Exception {
        assertError("[check]\n\n[front-matter]\nstatus = draft\nticket = /[A-Z+/\n",
                ":5: front matter rule for 'ticket': invalid regular expression '[A-Z+': Unclosed character class");
        assertError("[front-matter]\nreviewers? =\n", ":2: front matter declaration 'reviewers?': an optional key"
                + " needs a constraint, like 'reviewers?: non-empty'");
        assertError("[front-matter]\nstatus = a||b\n", ":2: front matter rule for 'status': the allowed values"
                + " are empty");
        assertError("[front-matter]\nmy key = x\n", ":2: front matter key 'my key' is not a plain YAML key"
                + " (no spaces or colons)");
        assertError("[front-matter]\nstatus\n", ":2: expected 'key = value', found 'status'");
        assertError("[front-matter]\nstatus = draft\n    approved\n", ":3: indented line without a key before it");
    }

    @Test
    void aFrontMatterSectionMayStandBetweenPoliciesAndSurvivesToBuilder() throws Exception {
        CheckConfig config = load("""
                [policy specs/approved/]
                kind = full

                [front-matter]
                status = draft

                [policy specs/backlog/]
                kind = short
                """);
        assertThat(config.policies()).extracting(PolicyRule::glob).containsExactly("specs/approved/", "specs/backlog/");
        assertThat(config.toBuilder().build().frontMatterDeclarations()).containsExactly("status: draft");
    }
}
