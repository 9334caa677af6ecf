package io.github.specwright.core.check;

import io.github.specwright.core.base.Rule;
import io.github.specwright.core.base.RuleGroup;
import io.github.specwright.core.base.Severity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.internal.check.priorities.PrioritiesCheck;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RuleRegistryTest {

    private static final Path MAIN = Path.of("src", "main", "java", "io", "github", "specwright", "core");

    /** A diagnostic's level followed by its rule id, as the parsers write them, or a rule id chosen into a variable. */
    private static final Pattern REPORTED_MARKUP_ID = Pattern.compile(
            "(?:Level\\.[A-Z]+\\s*,\\s*|rule\\s*=\\s*)\"((?:rst|md)-[a-z-]+)\"");

    @Test
    void everyMarkupIdAParserReportsIsDeclaredAndNoneThatNoParserReports() throws IOException {
        Set<String> reported = new TreeSet<>();
        for (String parserPackage : new String[] {"rst", "internal/rst", "internal/markdown"}) {
            try (Stream<Path> files = Files.walk(MAIN.resolve(parserPackage))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher matcher = REPORTED_MARKUP_ID.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (matcher.find()) {
                        reported.add(matcher.group(1));
                    }
                }
            }
        }
        Set<String> declared = RuleRegistry.ids().stream().filter(id -> id.startsWith("rst-") || id.startsWith("md-"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(reported).as("the scan finds the parsers' ids").contains("rst-title-underline", "md-unclosed-fence");
        assertThat(declared).isEqualTo(reported);
    }

    @Test
    void everyIdConstantIsDeclaredAndEveryOtherDeclaredIdIsAConstant() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        for (Class<?> holder : new Class<?>[] {RuleIds.class, PrioritiesCheck.class}) {
            for (Field field : holder.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                        && (holder == RuleIds.class || field.getName().startsWith("RULE_"))) {
                    constants.add((String) field.get(null));
                }
            }
        }
        Set<String> declared = RuleRegistry.ids().stream().filter(id -> !id.startsWith("rst-") && !id.startsWith("md-"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(declared).isEqualTo(constants);
    }

    @Test
    void fixableRulesAreWhatTheFixerRepairs() {
        Set<String> fixable = RuleRegistry.rules().stream().filter(Rule::fixable).map(Rule::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(fixable).containsExactly("carriage-return", "final-newline", "invisible-character", "missing-section",
                "missing-subsection", "rst-title-underline", "tab-indent", "trailing-whitespace");
        assertThat(RuleIds.isFixable("line-length")).isFalse();
        assertThat(RuleIds.isFixable("no-such-rule")).isFalse();
    }

    @Test
    void warningsByDefaultAreTheFourMildRules() {
        Set<String> warnings = RuleRegistry.rules().stream().filter(rule -> rule.defaultSeverity() == Severity.WARNING)
                .map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
        assertThat(warnings).containsExactly("empty-section", "stale-baseline-entry", "template-text", "unused-suppression");
        assertThat(RuleIds.defaultSeverity("no-such-rule")).isEqualTo(Severity.ERROR);
    }

    @Test
    void groupsComeFromTheDeclarations() {
        assertThat(RuleIds.groupOf("dangling-spec-link")).isEqualTo(RuleGroup.CONSISTENCY);
        assertThat(RuleIds.groupOf("priorities-contacts")).isEqualTo(RuleGroup.PRIORITIES);
        assertThat(RuleIds.groupOf("md-heading-skip")).isEqualTo(RuleGroup.SYNTAX);
        assertThat(RuleIds.groupOf("file-extension")).isEqualTo(RuleGroup.TEMPLATE);
        assertThat(RuleIds.isKnown("rst-syntax")).as("never reported, so not declared").isFalse();
    }

    @Test
    void everyRuleIsDescribed() {
        for (Rule rule : RuleRegistry.rules()) {
            assertThat(rule.description()).as(rule.id()).endsWith(".").hasSizeGreaterThan(10);
            assertThat(rule.location()).as(rule.id()).isNotBlank();
            assertThat(rule.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
        }
    }

    @Test
    void enforcerRuleNamesLeadToTheirGroup() {
        assertThat(RuleGroup.ofEnforcerRule("specTemplate")).isEqualTo(RuleGroup.TEMPLATE);
        assertThat(RuleGroup.ofEnforcerRule("rstSyntax")).isEqualTo(RuleGroup.SYNTAX);
        assertThat(RuleGroup.ofEnforcerRule("markupSyntax")).isEqualTo(RuleGroup.SYNTAX);
        assertThat(RuleGroup.ofEnforcerRule("requireJavaVersion")).isNull();
    }
}
