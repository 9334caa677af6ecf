package io.github.specwright.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.check.CheckResult;
import io.github.specwright.core.base.Finding;
import io.github.specwright.core.base.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GithubAnnotationsTest {

    @Test
    void oneCommandPerFinding() {
        CheckResult result = new CheckResult(List.of(
                new Finding("specs/a.rst", 3, 7, Severity.ERROR, "missing-section", "section \"Testing\" is missing"),
                new Finding("specs/b.rst", 9, 1, Severity.WARNING, "line-length", "too long")), 2);
        assertThat(GithubAnnotations.render(result)).isEqualTo(
                "::error file=specs/a.rst,line=3,col=7,title=missing-section::section \"Testing\" is missing\n"
                        + "::warning file=specs/b.rst,line=9,col=1,title=line-length::too long\n");
    }

    @Test
    void escapesDataAndProperties() {
        Finding finding = new Finding("dir,x/a:b%.rst", 1, 2, Severity.ERROR, "r",
                "100% sure:\r\nnext, line");
        assertThat(GithubAnnotations.command(finding)).isEqualTo(
                "::error file=dir%2Cx/a%3Ab%25.rst,line=1,col=2,title=r::100%25 sure:%0D%0Anext, line");
    }

    @Test
    void detectsTheRunner() {
        assertThat(GithubAnnotations.underGithubActions(Map.of("GITHUB_ACTIONS", "true"))).isTrue();
        assertThat(GithubAnnotations.underGithubActions(Map.of())).isFalse();
    }
}
