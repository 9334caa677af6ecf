package io.github.specwright.enforcer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.check.Policy;
import io.github.specwright.core.check.PolicyRule;
import io.github.specwright.core.base.RuleGroup;
import io.github.specwright.core.base.Severity;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.maven.enforcer.rule.api.EnforcerRuleError;
import org.apache.maven.enforcer.rule.api.EnforcerRuleException;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared plumbing: POM options to core config, findings to the report, bad options to errors. */
class SpecRuleTest {

    @TempDir
    Path projectDir;

    private MavenProject project;
    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void setUp() {
        project = new MavenProject();
        project.setFile(projectDir.resolve("pom.xml").toFile());
    }

    private <R extends SpecRule> R withLog(R rule) {
        rule.setLog(log);
        return rule;
    }

    @Test
    void rulesAreNamedLikeTheirPomElements() {
        assertThat(new SpecTemplate(project, null, null).getRuleName()).isEqualTo("specTemplate");
        assertThat(new SpecFormat(project, null, null).getRuleName()).isEqualTo("specFormat");
        assertThat(new RstSyntax(project, null, null).getRuleName()).isEqualTo("rstSyntax");
        assertThat(new MarkupSyntax(project, null, null).getRuleName()).isEqualTo("markupSyntax");
        assertThat(new PrioritiesDocument(project, null, null).getRuleName()).isEqualTo("prioritiesDocument");
    }

    @Test
    void eachRuleRunsExactlyItsOwnGroup() throws Exception {
        assertThat(new SpecTemplate(project, null, null).buildConfig().groups()).containsExactly(RuleGroup.TEMPLATE);
        assertThat(new SpecFormat(project, null, null).buildConfig().groups()).containsExactly(RuleGroup.FORMAT);
        assertThat(new RstSyntax(project, null, null).buildConfig().groups()).containsExactly(RuleGroup.SYNTAX);
        assertThat(new MarkupSyntax(project, null, null).buildConfig().groups()).containsExactly(RuleGroup.SYNTAX);
        assertThat(new PrioritiesDocument(project, null, null).buildConfig().groups()).containsExactly(RuleGroup.PRIORITIES);
    }

    @Test
    void summaryCountsFailingFilesInPlainWords() {
        assertThat(new SpecTemplate(project, null, null).summary(1)).isEqualTo("1 spec breaks the template:");
        assertThat(new SpecTemplate(project, null, null).summary(3)).isEqualTo("3 specs break the template:");
        assertThat(new SpecFormat(project, null, null).summary(2)).isEqualTo("2 files break the formatting rules:");
        assertThat(new RstSyntax(project, null, null).summary(1)).isEqualTo("1 file breaks reStructuredText syntax:");
        assertThat(new MarkupSyntax(project, null, null).summary(2)).isEqualTo("2 files break the markup rules:");
        assertThat(new PrioritiesDocument(project, null, null).summary(4))
                .isEqualTo("4 priorities documents break the priorities rules:");
    }

    @Test
    void withoutOptionsTheConfigIsTheCoreDefault() throws Exception {
        CheckConfig config = new SpecTemplate(project, null, null).buildConfig();
        CheckConfig defaults = CheckConfig.defaults();

        assertThat(config.template()).isEqualTo(defaults.template());
        assertThat(config.policies()).isEqualTo(defaults.policies());
        assertThat(config.maxLineLength()).isEqualTo(defaults.maxLineLength());
        assertThat(config.licenseHeader()).isEqualTo(defaults.licenseHeader());
        assertThat(config.excludes()).isEqualTo(defaults.excludes());
    }

    @Test
    void everyPomOptionReachesTheCoreConfig() throws Exception {
        SpecFormat rule = new SpecFormat(project, null, null);
        rule.setTemplate("docs/template.rst");
        rule.setDefaultPolicy("ignore");
        rule.setShortRequiredSections(List.of("Problem description"));
        SpecPolicy backlog = new SpecPolicy();
        backlog.setGlob("docs/backlog/");
        backlog.setKind("short");
        backlog.setTemplate("docs/short-template.rst");
        backlog.setOptionalSections(List.of("Testing"));
        backlog.setOptionalSubsections(List.of("Proposed change > Alternatives"));
        backlog.setAllowExtraSections(true);
        rule.setPolicies(List.of(backlog));
        rule.setLicenseHeader("none");
        rule.setTrackerLinkPattern("https://jira\\.example\\.org/browse/[A-Z]+-\\d+");
        rule.setLinkOptOutMarker(".. lint: norfe");
        rule.setMaxLineLength(100);
        rule.setMaxFileSize(2048L);
        rule.setAllowImages(true);
        rule.setCheckOrder(true);
        rule.setExtensions(List.of(".rst", ".txt"));
        rule.setExcludes(List.of("build/"));
        rule.setSeverities(Map.of("trailing-whitespace", "warning", "final-newline", "off"));
        rule.setDisabledRules(List.of("tab-indent"));
        rule.setPrioritiesDocuments(List.of("plans/"));
        rule.setPrioritiesDetailsTitles(List.of("Work items"));
        rule.setPrioritiesMaxContacts(3);
        rule.setFrontMatter(List.of("status: draft|approved", "authors: non-empty"));

        CheckConfig config = rule.buildConfig();

        assertThat(config.template()).isEqualTo(projectDir.resolve("docs/template.rst").toString());
        assertThat(config.defaultPolicy()).isEqualTo(Policy.IGNORE);
        assertThat(config.shortRequiredSections()).containsExactly("Problem description");
        assertThat(config.policies()).containsExactly(new PolicyRule("docs/backlog/", Policy.SHORT,
                projectDir.resolve("docs/short-template.rst").toString(), Set.of("Testing"),
                Set.of("Proposed change > Alternatives"), true));
        assertThat(config.licenseHeader()).isNull();
        assertThat(config.trackerLinkPattern()).isEqualTo("https://jira\\.example\\.org/browse/[A-Z]+-\\d+");
        assertThat(config.linkOptOutMarker()).isEqualTo(".. lint: norfe");
        assertThat(config.maxLineLength()).isEqualTo(100);
        assertThat(config.maxFileSize()).isEqualTo(2048L);
        assertThat(config.allowImages()).isTrue();
        assertThat(config.checkOrder()).isTrue();
        assertThat(config.extensions()).containsExactlyInAnyOrder(".rst", ".txt");
        assertThat(config.excludes()).containsExactly("build/");
        assertThat(config.severityOf("trailing-whitespace")).isEqualTo(Severity.WARNING);
        assertThat(config.disabledRules()).containsExactlyInAnyOrder("final-newline", "tab-indent");
        assertThat(config.prioritiesDocuments()).containsExactly("plans/");
        assertThat(config.isPrioritiesDocument("plans/2027.rst")).isTrue();
        assertThat(config.prioritiesOptions().detailsTitles()).containsExactly("Work items");
        assertThat(config.prioritiesOptions().maxContacts()).isEqualTo(3);
        assertThat(config.frontMatterDeclarations()).containsExactly("status: draft|approved", "authors: non-empty");
        assertThat(config.frontMatter().requiredKeys()).containsExactly("status", "authors");
    }

    @Test
    void frontMatterInThePomReplacesTheConfigFilesAndABadDeclarationIsARuleError() throws Exception {
        Files.writeString(projectDir.resolve("specwright.conf"), """
                [front-matter]
                status = draft
                owner =
                """);
        SpecTemplate rule = new SpecTemplate(project, null, null);
        rule.setConfigFile(new File("specwright.conf"));
        assertThat(rule.buildConfig().frontMatterDeclarations()).containsExactly("status: draft", "owner");
        rule.setFrontMatter(List.of("ticket: /[A-Z]+-[0-9]+/"));
        assertThat(rule.buildConfig().frontMatterDeclarations()).containsExactly("ticket: /[A-Z]+-[0-9]+/");
        rule.setFrontMatter(List.of("ticket: /[A-Z+/"));
        assertThatThrownBy(rule::buildConfig)
                .isExactlyInstanceOf(EnforcerRuleError.class)
                .hasMessage("specTemplate: front matter rule for 'ticket': invalid regular expression '[A-Z+':"
                        + " Unclosed character class");
    }

    @Test
    void templateVersionOptions() throws Exception {
        SpecTemplate rule = new SpecTemplate(project, null, null);
        rule.setTemplateVersion("latest-for-changed");
        rule.setTemplateVersions(List.of("specs/*-template.rst"));
        rule.setRenamedSections(List.of("Alternatives > Alternatives considered"));
        SpecPolicy backlog = new SpecPolicy();
        backlog.setGlob("specs/backlog/");
        backlog.setKind("short");
        backlog.setTemplateVersion("declared");
        rule.setPolicies(List.of(backlog));
        var versions = rule.buildConfig().templateVersions();
        assertThat(versions.policy()).isEqualTo(io.github.specwright.core.template.TemplateVersionPolicy.LATEST_FOR_CHANGED);
        assertThat(versions.policyFor("specs/backlog/"))
                .isEqualTo(io.github.specwright.core.template.TemplateVersionPolicy.DECLARED);
        assertThat(versions.copies()).containsExactly("specs/*-template.rst");
        assertThat(versions.renames()).containsExactly(Map.entry("Alternatives", "Alternatives considered"));
        rule.setTemplateVersion("newest");
        assertThatThrownBy(rule::buildConfig)
                .isExactlyInstanceOf(EnforcerRuleError.class)
                .hasMessage("specTemplate: templateVersion must be latest, declared or latest-for-changed, not 'newest'");
    }

    @Test
    void pomOptionsOverrideTheConfigFile() throws Exception {
        Files.writeString(projectDir.resolve("specwright.conf"), """
                [check]
                max-line-length = 100
                template = docs/template.rst
                """);
        SpecFormat rule = new SpecFormat(project, null, null);
        rule.setConfigFile(new File("specwright.conf"));
        rule.setMaxLineLength(120);

        CheckConfig config = rule.buildConfig();

        assertThat(config.maxLineLength()).isEqualTo(120);
        assertThat(config.template()).isEqualTo("docs/template.rst");
    }

    @Test
    void aMissingConfigFileIsARuleErrorNamingIt() {
        SpecTemplate rule = withLog(new SpecTemplate(project, null, null));
        rule.setConfigFile(new File("no-such.conf"));

        assertThatThrownBy(rule::execute)
                .isExactlyInstanceOf(EnforcerRuleError.class)
                .hasMessage("specTemplate: configFile " + projectDir.resolve("no-such.conf") + " does not exist");
    }

    @Test
    void aBadGlobIsARuleError() {
        SpecTemplate rule = withLog(new SpecTemplate(project, null, null));
        rule.setExcludes(List.of("specs/[unclosed"));

        assertThatThrownBy(rule::execute)
                .isExactlyInstanceOf(EnforcerRuleError.class)
                .hasMessageStartingWith("specTemplate: invalid glob 'specs/[unclosed' in excludes");
    }

    @Test
    void aMissingRootIsARuleError() {
        SpecFormat rule = withLog(new SpecFormat(project, null, null));
        rule.setRoot(new File("nowhere"));

        assertThatThrownBy(rule::execute)
                .isExactlyInstanceOf(EnforcerRuleError.class)
                .hasMessage("specFormat: root " + projectDir.resolve("nowhere") + " is not a directory");
    }

    @Test
    void aPolicyWithoutKindOrGlobIsARuleError() {
        SpecPolicy noKind = new SpecPolicy();
        noKind.setGlob("specs/approved/");
        SpecTemplate rule = new SpecTemplate(project, null, null);
        rule.setPolicies(List.of(noKind));
        assertThatThrownBy(rule::buildConfig)
                .isExactlyInstanceOf(EnforcerRuleError.class)
                .hasMessage("specTemplate: the <kind> of policy 'specs/approved/' is missing;"
                        + " use full, short, format-only or ignore");

        SpecPolicy noGlob = new SpecPolicy();
        noGlob.setKind("full");
        rule.setPolicies(List.of(noGlob));
        assertThatThrownBy(rule::buildConfig)
                .isExactlyInstanceOf(EnforcerRuleError.class)
                .hasMessage("specTemplate: a <policy> has no <glob>");
    }

    @Test
    void aBadKindOrSeverityIsARuleError() {
        SpecTemplate rule = new SpecTemplate(project, null, null);
        rule.setDefaultPolicy("strict");
        assertThatThrownBy(rule::buildConfig)
                .isExactlyInstanceOf(EnforcerRuleError.class)
                .hasMessage("specTemplate: defaultPolicy is 'strict'; use full, short, format-only or ignore");

        SpecFormat format = new SpecFormat(project, null, null);
        format.setSeverities(Map.of("line-length", "fatal"));
        assertThatThrownBy(format::buildConfig)
                .isExactlyInstanceOf(EnforcerRuleError.class)
                .hasMessage("specFormat: severity of line-length must be error, warning or off, not 'fatal'");
    }

    @Test
    void anOptionOfAnotherRulesGroupIsARuleErrorNamingTheRuleItBelongsTo() {
        SpecFormat format = new SpecFormat(project, null, null);
        format.setAllowImages(true);
        assertThatThrownBy(format::execute)
                .isExactlyInstanceOf(EnforcerRuleError.class)
                .hasMessage("specFormat: the option <allowImages> belongs to specTemplate (template rules), not to"
                        + " specFormat, which ignores it; move it there");

        RstSyntax syntax = new RstSyntax(project, null, null);
        syntax.setMaxLineLength(100);
        assertThatThrownBy(syntax::execute)
                .isExactlyInstanceOf(EnforcerRuleError.class)
                .hasMessage("rstSyntax: the option <maxLineLength> belongs to specFormat (format rules), not to"
                        + " rstSyntax, which ignores it; move it there");

        SpecTemplate template = new SpecTemplate(project, null, null);
        template.setPrioritiesMaxContacts(3);
        assertThatThrownBy(template::execute)
                .isExactlyInstanceOf(EnforcerRuleError.class)
                .hasMessageStartingWith("specTemplate: the option <prioritiesMaxContacts> belongs to prioritiesDocument");
    }

    @Test
    void sharedOptionsAndTheRulesOwnAreAccepted() throws Exception {
        SpecFormat format = new SpecFormat(project, null, null);
        format.setTrackerLinkPattern("https://tracker/\\d+");
        format.setLicenseHeader("none");
        format.setMaxLineLength(100);
        format.requireOwnOptions();
        assertThat(format.buildConfig().maxLineLength()).isEqualTo(100);
        assertThat(format.buildConfig().licenseHeader()).isNull();
    }

    @Test
    void aProjectPropertySetsAnOptionForEveryRuleThatDoesNotSetItItself() throws Exception {
        project.getProperties().setProperty("specwright.trackerLinkPattern", "https://tracker/\\d+");
        project.getProperties().setProperty("specwright.extensions", ".rst, .md");
        SpecTemplate template = new SpecTemplate(project, null, null);
        assertThat(template.buildConfig().trackerLinkPattern()).isEqualTo("https://tracker/\\d+");
        assertThat(template.buildConfig().extensions()).containsExactlyInAnyOrder(".rst", ".md");
        SpecFormat format = new SpecFormat(project, null, null);
        format.setTrackerLinkPattern("none");
        assertThat(format.buildConfig().trackerLinkPattern()).as("the rule's own value wins").isNull();
    }

    @Test
    void aFailureListsEveryErrorFindingOnePerLineAfterTheSummary() throws IOException {
        Path specs = Files.createDirectories(projectDir.resolve("notes"));
        Files.writeString(specs.resolve("a.rst"), "Short line.\n" + "x ".repeat(45).strip() + "\n");
        Files.writeString(specs.resolve("b.rst"), "y ".repeat(41).strip() + "\n" + "z ".repeat(42).strip() + "\n");
        SpecFormat rule = withLog(new SpecFormat(project, null, null));

        assertThatThrownBy(rule::execute)
                .isExactlyInstanceOf(EnforcerRuleException.class)
                .satisfies(e -> {
                    List<String> lines = e.getMessage().lines().toList();
                    assertThat(lines).hasSize(4);
                    assertThat(lines.get(0)).isEqualTo("2 files break the formatting rules:");
                    assertThat(lines.get(1)).startsWith("notes/a.rst:2:80: [line-length] ");
                    assertThat(lines.get(2)).startsWith("notes/b.rst:1:80: [line-length] ");
                    assertThat(lines.get(3)).startsWith("notes/b.rst:2:80: [line-length] ");
                });
        assertThat(log.at("INFO")).singleElement().asString().matches("specFormat: checked 2 files in \\d+ ms, \\d+ ms of CPU");
    }

    @Test
    void writesSarifAndJsonReportsUnderTarget() throws Exception {
        Path specs = Files.createDirectories(projectDir.resolve("notes"));
        Files.writeString(specs.resolve("a.rst"), "Trailing \n");
        SpecFormat rule = withLog(new SpecFormat(project, null, null));
        org.assertj.core.api.Assertions.assertThatThrownBy(rule::execute)
                .isInstanceOf(org.apache.maven.enforcer.rule.api.EnforcerRuleException.class);
        Path reports = projectDir.resolve("target/specwright");
        assertThat(Files.readString(reports.resolve("specFormat.sarif")))
                .contains("\"version\": \"2.1.0\"", "\"ruleId\": \"trailing-whitespace\"", "\"uri\": \"notes/a.rst\"",
                        "\"startLine\": 1", "\"startColumn\": 9");
        assertThat(Files.readString(reports.resolve("specFormat.json")))
                .contains("\"path\": \"notes/a.rst\"", "\"ruleId\": \"trailing-whitespace\"");
    }

    @Test
    void warningFindingsAreLoggedAndDoNotFail() throws Exception {
        Path specs = Files.createDirectories(projectDir.resolve("notes"));
        Files.writeString(specs.resolve("a.rst"), "Short line.\n" + "x ".repeat(45).strip() + "\n");
        SpecFormat rule = withLog(new SpecFormat(project, null, null));
        rule.setSeverities(Map.of("line-length", "warning"));

        rule.execute();

        assertThat(log.at("WARN")).hasSize(1);
        assertThat(log.at("WARN").get(0)).startsWith("notes/a.rst:2:80: [line-length] ");
    }

    @Test
    void aCleanProjectPassesAndLogsItsTiming() throws Exception {
        Path specs = Files.createDirectories(projectDir.resolve("notes"));
        Files.writeString(specs.resolve("a.rst"), "A title\n=======\n\nShort line.\n");
        SpecFormat rule = withLog(new SpecFormat(project, null, null));

        rule.execute();

        assertThat(log.lines).hasSize(1);
        assertThat(log.at("INFO").get(0)).matches("specFormat: checked 1 file in \\d+ ms, \\d+ ms of CPU");
    }

    @Test
    void pathsOutsideTheProjectAreShownAbsolute(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve("a.rst"), "x ".repeat(45).strip() + "\n");
        SpecFormat rule = withLog(new SpecFormat(project, null, null));
        rule.setRoot(elsewhere.toFile());

        assertThatThrownBy(rule::execute)
                .hasMessageContaining(System.lineSeparator() + elsewhere.resolve("a.rst") + ":1:80: [line-length] ");
    }

    @SuppressWarnings("deprecation")
    private static MavenSession newSession() {
        return new MavenSession(null, null, new DefaultMavenExecutionRequest(), new DefaultMavenExecutionResult());
    }

    private static MojoExecution executionWithRules(String rules) throws Exception {
        MojoExecution execution = new MojoExecution(new Plugin(), "enforce", "specs");
        execution.setConfiguration(Xpp3DomBuilder.build(new java.io.StringReader(
                "<configuration><rules>" + rules + "</rules></configuration>")));
        return execution;
    }

    @Test
    void rulesConfiguredAlikeShareOneRunAndEachReportsOnlyItsOwnGroup() throws Exception {
        Path notes = Files.createDirectories(projectDir.resolve("notes"));
        Files.writeString(notes.resolve("a.rst"), "A title\n=====\n\n" + "x ".repeat(45).strip() + "\n");
        MavenSession session = newSession();
        MojoExecution execution = executionWithRules("<specFormat/><rstSyntax/>");
        SpecFormat format = withLog(new SpecFormat(project, session, execution));
        RstSyntax syntax = withLog(new RstSyntax(project, session, execution));

        assertThatThrownBy(format::execute).satisfies(e -> assertThat(e.getMessage().lines().skip(1).toList())
                .singleElement().asString().startsWith("notes/a.rst:4:80: [line-length] "));
        assertThatThrownBy(syntax::execute).satisfies(e -> {
            List<String> lines = e.getMessage().lines().skip(1).toList();
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).startsWith("notes/a.rst:2:1: [rst-title-underline] ");
            assertThat(lines.get(1)).isEqualTo("1 of these (rst-title-underline) can be repaired with ./mvnw specwright:fix");
        });

        assertThat(log.at("INFO")).hasSize(2);
        assertThat(log.at("INFO").get(0)).matches("specFormat: checked 1 file in \\d+ ms, \\d+ ms of CPU");
        assertThat(log.at("INFO").get(1))
                .matches("rstSyntax: checked 1 file in \\d+ ms, \\d+ ms of CPU"
                        + " \\(sharing one read of the files with an earlier rule\\)");
    }

    @Test
    void aNewSessionChecksAgain() throws Exception {
        Path notes = Files.createDirectories(projectDir.resolve("notes"));
        Files.writeString(notes.resolve("a.rst"), "A title\n=======\n\nShort.\n");
        MojoExecution execution = executionWithRules("<specFormat/><rstSyntax/>");
        withLog(new SpecFormat(project, newSession(), execution)).execute();

        Files.writeString(notes.resolve("a.rst"), "A title\n=======\n\n" + "x ".repeat(45).strip() + "\n");

        assertThatThrownBy(withLog(new SpecFormat(project, newSession(), execution))::execute)
                .hasMessageContaining("notes/a.rst:4:80: [line-length] ");
    }

    @Test
    void aConfigurationErrorOfTheSharedRunIsReportedByEachRuleUnderItsOwnName() throws Exception {
        Path approved = Files.createDirectories(projectDir.resolve("specs/approved"));
        Files.writeString(approved.resolve("a.rst"), "A title\n=======\n\nShort.\n");
        MavenSession session = newSession();
        MojoExecution execution = executionWithRules(
                "<specTemplate><template>missing.rst</template></specTemplate>"
                        + "<specFormat><template>missing.rst</template></specFormat>");
        SpecTemplate template = withLog(new SpecTemplate(project, session, execution));
        template.setTemplate("missing.rst");
        SpecFormat format = withLog(new SpecFormat(project, session, execution));
        format.setTemplate("missing.rst");

        assertThatThrownBy(template::execute)
                .isExactlyInstanceOf(EnforcerRuleError.class)
                .hasMessageStartingWith("specTemplate: template file not found: ");
        assertThatThrownBy(format::execute)
                .isExactlyInstanceOf(EnforcerRuleError.class)
                .hasMessageStartingWith("specFormat: template file not found: ");
    }

    @Test
    void projectsWithTheSameOptionsDoNotShareTheirRuns(@TempDir Path otherProjectDir, @TempDir Path specs)
            throws Exception {
        Files.writeString(specs.resolve("a.rst"), "A title\n=======\n\n" + "x ".repeat(45).strip() + "\n");
        Files.writeString(projectDir.resolve("specwright.conf"), "[check]\nmax-line-length = 79\n");
        Files.writeString(otherProjectDir.resolve("specwright.conf"), "[check]\nmax-line-length = 100\n");
        MavenProject otherProject = new MavenProject();
        otherProject.setFile(otherProjectDir.resolve("pom.xml").toFile());
        MavenSession session = newSession();
        MojoExecution execution = executionWithRules("<specFormat><configFile>specwright.conf</configFile></specFormat>"
                + "<rstSyntax><configFile>specwright.conf</configFile></rstSyntax>");
        SpecFormat strict = withLog(new SpecFormat(project, session, execution));
        strict.setRoot(specs.toFile());
        strict.setConfigFile(new File("specwright.conf"));
        SpecFormat lenient = withLog(new SpecFormat(otherProject, session, execution));
        lenient.setRoot(specs.toFile());
        lenient.setConfigFile(new File("specwright.conf"));

        assertThatThrownBy(strict::execute).hasMessageContaining(":4:80: [line-length] ");
        lenient.execute();
    }
}
