package io.github.specwright.core.site;

import io.github.specwright.core.base.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * What a site build did.
 *
 * @param outputDirectory where the site was written
 * @param pages           documents rendered to a page of their own
 * @param aliases         symbolic links (a spec listed in several places) pointed at their document's page
 * @param findings        rendering findings, sorted; a strict build fails when there is any
 * @param millis          wall-clock time of the build
 */
public record SiteResult(Path outputDirectory, int pages, int aliases, List<Finding> findings, long millis) {

    public SiteResult {
        findings = List.copyOf(findings);
    }

    public boolean hasFindings() {
        return !findings.isEmpty();
    }
}
