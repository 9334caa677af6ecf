package io.github.specwright.core.baseline;

import io.github.specwright.core.check.CheckConfig;
import io.github.specwright.core.check.CheckResult;
import io.github.specwright.core.base.Finding;
import io.github.specwright.core.check.RuleIds;
import io.github.specwright.core.vcs.GitCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A check run seen through a baseline file: what the CLI's {@code check --baseline}, the enforcer
 * rules and the check goal share. Findings the baseline accepts leave the result (counted);
 * entries of the rules that ran which match nothing become {@code stale-baseline-entry} findings
 * (a warning, or as configured: {@code severity.stale-baseline-entry = error} is the strict mode)
 * when the whole repository was checked.
 */
public final class BaselineCheck {

    private BaselineCheck() {
    }

    /** Makes the baseline file's text for a check result (every finding accepted). */
    public static String record(Path root, CheckResult result) {
        Fingerprints fingerprints = new Fingerprints(root);
        return Baseline.write(result.findings().stream()
                .filter(finding -> !finding.ruleId().equals(Baseline.STALE_RULE)).map(fingerprints).toList());
    }

    /**
     * Applies {@code baselineFile} to {@code result} of checking {@code root}.
     *
     * @param wholeRoot whether the whole repository was checked (only then are stale entries known)
     */
    public static CheckResult apply(Path root, Path baselineFile, CheckResult result, CheckConfig config,
                                    boolean wholeRoot) throws BaselineException {
        String display = displayPath(root, baselineFile);
        Baseline baseline = Baseline.read(baselineFile, display);
        Map<String, String> renames = renames(root, baselineFile);
        List<String> missing = baseline.missingFiles(root, renames);
        if (!missing.isEmpty()) {
            throw new BaselineException(missing);
        }
        // Only the entries of rules this run ran can be stale: the format rule does not judge template entries.
        Baseline.Outcome outcome = baseline.apply(result.findings(), new Fingerprints(root), renames);
        List<Finding> findings = new ArrayList<>(outcome.findings());
        if (wholeRoot && config.isEnabled(RuleIds.STALE_BASELINE_ENTRY)) {
            for (Baseline.Located stale : outcome.stale()) {
                if (config.isEnabled(stale.entry().rule())) {
                    findings.add(baseline.staleFinding(stale, config.severityOf(RuleIds.STALE_BASELINE_ENTRY)));
                }
            }
        }
        findings.sort(null);
        return new CheckResult(findings, result.filesChecked(), result.suppressed(),
                result.baselined() + outcome.accepted());
    }

    private static String displayPath(Path root, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    /**
     * Files git reports as renamed since the baseline was last committed (old path to new path,
     * relative to the root); empty outside git or when the baseline was never committed.
     */
    static Map<String, String> renames(Path root, Path baselineFile) {
        Map<String, String> renames = new HashMap<>();
        GitCommand git = new GitCommand();
        if (!Files.isDirectory(root) || !git.isWorkTree(root)) {
            return renames;
        }
        try {
            String base = git.run(root, "git log failed", "log", "-1", "--format=%H", "--",
                    baselineFile.toAbsolutePath().toString()).strip();
            if (base.isEmpty()) {
                return renames;
            }
            String[] fields = git.run(root, "git diff failed", "diff", "-M", "--name-status", "-z", "--relative",
                    base).split("\0");
            for (int i = 0; i < fields.length; i++) {
                if (fields[i].startsWith("R") && i + 2 < fields.length) {
                    renames.put(fields[i + 1], fields[i + 2]);
                    i += 2;
                } else if (fields[i].startsWith("C") && i + 2 < fields.length) {
                    i += 2;
                } else if (!fields[i].isEmpty() && i + 1 < fields.length) {
                    i += 1;
                }
            }
        } catch (GitCommand.GitException e) {
            return renames;
        }
        return renames;
    }
}
