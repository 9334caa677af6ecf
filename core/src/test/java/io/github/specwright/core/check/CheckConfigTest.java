package io.github.specwright.core.check;

import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.base.RuleGroup;
import io.github.specwright.core.base.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckConfigTest {

    @Test
    void defaultsDescribeTheDefaultLayout() {
        CheckConfig config = CheckConfig.defaults();
        assertThat(config.template()).isEqualTo("specs/template.rst");
        assertThat(config.policyFor("specs/approved/a.rst")).isEqualTo(Policy.FULL);
        assertThat(config.policyFor("specs/approved/sub/a.rst")).isEqualTo(Policy.FULL);
        assertThat(config.policyFor("specs/backlog/b.rst")).isEqualTo(Policy.SHORT);
        assertThat(config.policyFor("specs/template.rst")).isEqualTo(Policy.FORMAT_ONLY);
        assertThat(config.policyFor("README.rst")).isEqualTo(Policy.FORMAT_ONLY);
        assertThat(config.maxLineLength()).isEqualTo(79);
        assertThat(config.allowImages()).isFalse();
        assertThat(config.checkOrder()).isFalse();
        assertThat(config.extensions()).containsExactly(".rst");
        assertThat(config.groups()).containsExactlyInAnyOrder(RuleGroup.values());
        assertThat(config.shortRequiredSections()).containsExactly("Problem description", "Proposed change");
        assertThat(config.severityOf(RuleIds.MISSING_SECTION)).isEqualTo(Severity.ERROR);
        assertThat(config.severityOf(RuleIds.EMPTY_SECTION)).isEqualTo(Severity.WARNING);
        assertThat(config.isExcluded("target/")).isTrue();
        assertThat(config.isExcluded("module/target/")).isTrue();
        assertThat(config.isExcluded("specs/")).isFalse();
        assertThat(config.isExcluded("target/site/index.rst")).isTrue();
    }

    @Test
    void firstMatchingPolicyWins() throws ConfigException {
        CheckConfig config = CheckConfig.builder().clearPolicies()
                .policy("specs/approved/old-*.rst", Policy.IGNORE)
                .policy("specs/approved/", Policy.FULL)
                .defaultPolicy(Policy.IGNORE)
                .build();
        assertThat(config.policyFor("specs/approved/old-x.rst")).isEqualTo(Policy.IGNORE);
        assertThat(config.policyFor("specs/approved/new.rst")).isEqualTo(Policy.FULL);
        assertThat(config.policyFor("doc/x.rst")).isEqualTo(Policy.IGNORE);
    }

    @Test
    void singleStarStaysInOneDirectory() throws ConfigException {
        CheckConfig config = CheckConfig.builder().clearPolicies().policy("specs/approved/*", Policy.FULL).build();
        assertThat(config.policyFor("specs/approved/a.rst")).isEqualTo(Policy.FULL);
        assertThat(config.policyFor("specs/approved/sub/a.rst")).isEqualTo(Policy.FORMAT_ONLY);
    }

    @Test
    void perPolicyTemplateOverridesTheGlobalOne() throws ConfigException {
        PolicyRule rule = new PolicyRule("specs/2025/", Policy.FULL, "specs/2025-template.rst", Set.of(), Set.of(), false);
        CheckConfig config = CheckConfig.builder().policy(rule).build();
        assertThat(config.templateFor(config.policyRuleFor("specs/2025/x.rst"))).isEqualTo("specs/2025-template.rst");
        assertThat(config.templateFor(config.policyRuleFor("specs/approved/x.rst"))).isEqualTo("specs/template.rst");
    }

    @Test
    void badGlobIsAConfigError() {
        assertThatThrownBy(() -> CheckConfig.builder().policy("specs/[approved", Policy.FULL).build())
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("invalid glob 'specs/[approved' in policy");
        assertThatThrownBy(() -> CheckConfig.builder().excludes(List.of("{a,b")).build())
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("invalid glob '{a,b' in excludes");
    }

    @Test
    void badRegexIsAConfigError() {
        assertThatThrownBy(() -> CheckConfig.builder().trackerLinkPattern("https://(unclosed").build())
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("invalid tracker-link-pattern 'https://(unclosed'");
    }

    @Test
    void otherInvalidSettingsAreConfigErrors() {
        assertThatThrownBy(() -> CheckConfig.builder().maxLineLength(0).build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("max-line-length");
        assertThatThrownBy(() -> CheckConfig.builder().maxFileSize(0).build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("max-file-size");
        assertThatThrownBy(() -> CheckConfig.builder().extensions(Set.of("rst")).build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("must start with a dot");
        assertThatThrownBy(() -> CheckConfig.builder().severity("no-such-rule", Severity.WARNING).build())
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("unknown rule id 'no-such-rule' in severity");
        assertThatThrownBy(() -> CheckConfig.builder().template(" ").build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("template");
    }

    @Test
    void severitiesGroupsAndDisabledRulesDecideWhatIsReported() throws ConfigException {
        CheckConfig config = CheckConfig.builder()
                .severity(RuleIds.LINE_LENGTH, Severity.WARNING)
                .severity("rst-title-underline", Severity.WARNING)
                .disable(RuleIds.STORY_LINK)
                .groups(Set.of(RuleGroup.TEMPLATE, RuleGroup.SYNTAX))
                .build();
        assertThat(config.severityOf(RuleIds.LINE_LENGTH)).isEqualTo(Severity.WARNING);
        assertThat(config.severityOf("rst-title-underline")).isEqualTo(Severity.WARNING);
        assertThat(config.isEnabled(RuleIds.STORY_LINK)).isFalse();
        assertThat(config.isEnabled(RuleIds.MISSING_SECTION)).isTrue();
        assertThat(config.isEnabled(RuleIds.LINE_LENGTH)).isFalse();
        assertThat(config.isEnabled("rst-anything")).isTrue();
    }

    @Test
    void ruleIdsOfOtherDocumentKindsAreKnown() throws ConfigException {
        CheckConfig config = CheckConfig.builder().severity("md-heading-skip", Severity.WARNING)
                .disable("front-matter").disable("priorities-contacts").build();
        assertThat(RuleIds.groupOf("md-heading-skip")).isEqualTo(RuleGroup.SYNTAX);
        assertThat(RuleIds.groupOf("front-matter")).isEqualTo(RuleGroup.TEMPLATE);
        assertThat(RuleIds.groupOf("priorities-contacts")).isEqualTo(RuleGroup.PRIORITIES);
        assertThat(config.isEnabled("front-matter")).isFalse();
    }

    @Test
    void toBuilderKeepsEverySetting() throws ConfigException {
        CheckConfig original = CheckConfig.builder().template("t.rst").maxLineLength(100).allowImages(true)
                .checkOrder(true).licenseHeader(null).trackerLinkPattern("x").linkOptOutMarker("m")
                .maxFileSize(5).extensions(Set.of(".rst", ".txt")).excludes(List.of("a/"))
                .severity(RuleIds.IMAGE, Severity.WARNING).disable(RuleIds.EMPTY_SECTION)
                .shortRequiredSections(List.of("A")).defaultPolicy(Policy.IGNORE)
                .prioritiesDocuments(List.of("plans/")).prioritiesDetailsTitles(List.of("Work"))
                .prioritiesMaxContacts(4).build();
        CheckConfig copy = original.toBuilder().build();
        assertThat(copy).usingRecursiveComparison()
                .ignoringFields("policyMatchers", "excludeMatchers", "prioritiesMatchers", "trackerLink")
                .isEqualTo(original);
    }

    @Test
    void blankTextSettingsMeanNone() throws ConfigException {
        CheckConfig config = CheckConfig.builder().licenseHeader("  ").trackerLinkPattern("").linkOptOutMarker(" ").build();
        assertThat(config.licenseHeader()).isNull();
        assertThat(config.trackerLinkPattern()).isNull();
        assertThat(config.linkOptOutMarker()).isNull();
    }

    @Test
    void extensionMatchingIgnoresCase() {
        CheckConfig config = CheckConfig.defaults();
        assertThat(config.extensionOf("a.RST")).isEqualTo(".rst");
        assertThat(config.extensionOf("a.txt")).isNull();
    }
}
