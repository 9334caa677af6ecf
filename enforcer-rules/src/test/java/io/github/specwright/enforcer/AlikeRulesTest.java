package io.github.specwright.enforcer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.base.RuleGroup;

import java.io.StringReader;

import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

class AlikeRulesTest {

    private static Xpp3Dom configuration(String rules) throws Exception {
        return Xpp3DomBuilder.build(new StringReader("<configuration><rules>" + rules + "</rules></configuration>"));
    }

    @Test
    void rulesWithTheSameOptionsAreAlikeWhateverTheirLevel() throws Exception {
        Xpp3Dom config = configuration("""
                <requireMavenVersion><version>[3.9.6,)</version></requireMavenVersion>
                <specTemplate><root>specs</root></specTemplate>
                <specFormat><root>specs</root><level>WARN</level></specFormat>
                <rstSyntax><root>docs</root></rstSyntax>
                <prioritiesDocument><root>specs</root></prioritiesDocument>
                """);

        assertThat(AlikeRules.groupsConfiguredLike(config, "specTemplate"))
                .containsExactlyInAnyOrder(RuleGroup.TEMPLATE, RuleGroup.FORMAT, RuleGroup.PRIORITIES);
        assertThat(AlikeRules.groupsConfiguredLike(config, "specFormat"))
                .containsExactlyInAnyOrder(RuleGroup.TEMPLATE, RuleGroup.FORMAT, RuleGroup.PRIORITIES);
        assertThat(AlikeRules.groupsConfiguredLike(config, "rstSyntax")).containsExactly(RuleGroup.SYNTAX);
    }

    @Test
    void emptyElementsAreAlike() throws Exception {
        Xpp3Dom config = configuration("<specTemplate/><specFormat/><rstSyntax/><prioritiesDocument/><specConsistency/>");

        assertThat(AlikeRules.groupsConfiguredLike(config, "rstSyntax")).containsExactlyInAnyOrder(RuleGroup.values());
    }

    @Test
    void markupSyntaxSharesTheRunOfTheRulesConfiguredLikeIt() throws Exception {
        Xpp3Dom config = configuration("<specTemplate/><specFormat/><markupSyntax/>");

        assertThat(AlikeRules.groupsConfiguredLike(config, "markupSyntax"))
                .containsExactlyInAnyOrder(RuleGroup.TEMPLATE, RuleGroup.FORMAT, RuleGroup.SYNTAX);
    }

    @Test
    void rulesNamedByImplementationCount() throws Exception {
        Xpp3Dom config = configuration("""
                <specTemplate/>
                <rule implementation="io.github.specwright.enforcer.SpecFormat"/>
                """);

        assertThat(AlikeRules.groupsConfiguredLike(config, "specFormat"))
                .containsExactlyInAnyOrder(RuleGroup.TEMPLATE, RuleGroup.FORMAT);
    }

    @Test
    void aRuleThatAppearsTwiceSharesNothing() throws Exception {
        Xpp3Dom config = configuration("<specFormat/><specFormat><maxLineLength>100</maxLineLength></specFormat>"
                + "<rstSyntax/>");

        assertThat(AlikeRules.groupsConfiguredLike(config, "specFormat")).isEmpty();
        assertThat(AlikeRules.configurationOf(config, "specFormat")).isNull();
    }

    @Test
    void noConfigurationSharesNothing() {
        assertThat(AlikeRules.groupsConfiguredLike(null, "specFormat")).isEmpty();
    }
}
