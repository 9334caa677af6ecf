package io.github.specwright.core.check;

import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.RuleGroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker runs the priorities rules on the configured priorities documents only. */
class PrioritiesWiringTest {

    private static final String THREE_CONTACTS = """
            ==========
            Priorities
            ==========

            +-------------------+--------------------+
            | Priority          | Primary Contacts   |
            +===================+====================+
            | `Faster boot`_    | ann, bob, cyd      |
            +-------------------+--------------------+

            Details
            =======

            Faster boot
            -----------

            Boot in half the time.
            """;

    @TempDir
    Path root;

    @Test
    void reportsTooManyContactsInAPrioritiesDocument() throws Exception {
        write("priorities/2027.1-priorities.rst", THREE_CONTACTS);
        CheckResult result = new SpecChecker(CheckConfig.builder().groups(Set.of(RuleGroup.PRIORITIES)).build())
                .check(root);
        assertThat(result.findings()).extracting(Finding::path, Finding::line, Finding::ruleId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "priorities/2027.1-priorities.rst", 8, "priorities-contacts"));
    }

    @Test
    void theLimitAndTheDocumentsAreConfigurable() throws Exception {
        write("priorities/2027.1-priorities.rst", THREE_CONTACTS);
        write("plans/2027.1.rst", THREE_CONTACTS);
        CheckConfig config = CheckConfig.builder()
                .groups(Set.of(RuleGroup.PRIORITIES))
                .prioritiesDocuments(List.of("plans/*.rst"))
                .prioritiesMaxContacts(3)
                .build();
        assertThat(new SpecChecker(config).check(root).findings()).isEmpty();
    }

    @Test
    void otherDocumentsAreNotPrioritiesDocuments() throws Exception {
        write("notes/contacts.rst", THREE_CONTACTS);
        CheckResult result = new SpecChecker(CheckConfig.builder().groups(Set.of(RuleGroup.PRIORITIES)).build())
                .check(root);
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void aContactLimitBelowOneIsAConfigurationError() {
        assertThatThrownBy(() -> CheckConfig.builder().prioritiesMaxContacts(0).build())
                .isInstanceOf(ConfigException.class)
                .hasMessage("priorities-max-contacts must be at least 1, not 0");
    }

    @Test
    void theConfigurationFileSetsThePrioritiesOptions() throws Exception {
        Path file = write("specwright.conf", """
                [check]
                priorities-documents = plans/
                priorities-details-titles = Work items
                priorities-max-contacts = 3
                """);
        CheckConfig config = CheckConfig.load(file);
        assertThat(config.isPrioritiesDocument("plans/a.rst")).isTrue();
        assertThat(config.isPrioritiesDocument("priorities/a.rst")).isFalse();
        assertThat(config.prioritiesOptions().detailsTitles()).containsExactly("Work items");
        assertThat(config.prioritiesOptions().maxContacts()).isEqualTo(3);
    }

    private Path write(String relative, String text) throws Exception {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
