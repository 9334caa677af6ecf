package io.github.specwright.core.check;

import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.base.RuleGroup;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.testing.GeneratedTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The settings table of {@code docs/configuration.md} is {@link ConfigOptions}', row for row. When
 * an option changes, run this test with {@code -Dspecwright.writeOptionTable=true} to rewrite it.
 */
class OptionTableTest {

    private static final String BEGIN = "<!-- option table: generated from ConfigOptions by OptionTableTest -->\n";
    private static final String END = "<!-- end of option table -->\n";

    @Test
    void theDocsListEveryOptionAsTheTableDeclaresIt() throws IOException {
        GeneratedTable.check(Path.of("..", "docs", "configuration.md"), BEGIN, END, ConfigOptions.markdownTable(),
                "specwright.writeOptionTable", "the settings table of docs/configuration.md");
    }

    @Test
    void keysAndPomNamesAreDeclaredOnce() {
        Set<String> keys = new HashSet<>();
        Set<String> pomNames = new HashSet<>();
        for (ConfigOption option : ConfigOptions.ALL) {
            if (option.key() != null) {
                assertThat(keys.add(option.key())).as("key " + option.key()).isTrue();
                assertThat(option.key()).matches("[a-z]+(-[a-z]+)*|severity\\.RULE-ID");
            }
            if (option.pomName() != null) {
                assertThat(pomNames.add(option.pomName())).as("POM name " + option.pomName()).isTrue();
                assertThat(option.pomName()).matches("[a-z]+([A-Z][a-z]+)*");
            }
            assertThat(option.key() != null || option.pomName() != null).isTrue();
        }
    }

    @Test
    void everyFileKeySetsTheBuilderAsTheDeclarationSays() throws ConfigException {
        CheckConfig.Builder builder = CheckConfig.builder();
        ConfigOptions.byKey("max-line-length").apply(builder, OptionValue.ofFile(java.util.List.of("100")), "max-line-length");
        ConfigOptions.byPomName("allowImages").apply(builder, OptionValue.of("true"), "allowImages");
        ConfigOptions.byKey("extensions").apply(builder, OptionValue.ofFile(java.util.List.of(".rst, .md")), "extensions");
        ConfigOptions.byPomName("shortRequiredSections")
                .apply(builder, OptionValue.ofItems(java.util.List.of("Problem, description")), "shortRequiredSections");
        CheckConfig config = builder.build();
        assertThat(config.maxLineLength()).isEqualTo(100);
        assertThat(config.allowImages()).isTrue();
        assertThat(config.extensions()).containsExactlyInAnyOrder(".rst", ".md");
        assertThat(config.shortRequiredSections()).as("a POM item keeps its comma").containsExactly("Problem, description");
    }

    @Test
    void groupOptionsBelongToOneGroupAndTheLayoutIsShared() {
        assertThat(ConfigOptions.byPomName("maxLineLength").group()).isEqualTo(RuleGroup.FORMAT);
        assertThat(ConfigOptions.byPomName("allowImages").group()).isEqualTo(RuleGroup.TEMPLATE);
        assertThat(ConfigOptions.byPomName("prioritiesMaxContacts").group()).isEqualTo(RuleGroup.PRIORITIES);
        for (String shared : new String[] {"trackerLinkPattern", "licenseHeader", "template", "policies", "configFile",
                "extensions", "excludes", "baseline"}) {
            assertThat(ConfigOptions.byPomName(shared).isShared()).as(shared).isTrue();
        }
    }
}
