package io.github.specwright.core.report;

import io.github.specwright.core.check.CheckResult;
import io.github.specwright.core.base.Finding;

/**
 * Findings as GitHub Actions workflow commands, one per line:
 * {@code ::error file=specs/a.rst,line=3,col=1,title=missing-section::message}. GitHub turns
 * them into annotations on the changed lines of a pull request.
 */
public final class GithubAnnotations {

    private GithubAnnotations() {
    }

    /** True when running as a GitHub Actions step (the runner sets {@code GITHUB_ACTIONS=true}). */
    public static boolean underGithubActions(java.util.Map<String, String> environment) {
        return "true".equals(environment.get("GITHUB_ACTIONS"));
    }

    public static String render(CheckResult result) {
        StringBuilder out = new StringBuilder();
        for (Finding finding : result.findings()) {
            out.append(command(finding)).append('\n');
        }
        return out.toString();
    }

    /** One workflow command for one finding. */
    public static String command(Finding finding) {
        return "::" + finding.severity().label()
                + " file=" + escapeProperty(finding.path())
                + ",line=" + finding.line()
                + ",col=" + finding.column()
                + ",title=" + escapeProperty(finding.ruleId())
                + "::" + escapeData(finding.message());
    }

    /** The escaping the runner undoes in a command's message: {@code %}, CR and LF. */
    static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The escaping of property values, which also may not hold {@code :} or {@code ,}. */
    static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
