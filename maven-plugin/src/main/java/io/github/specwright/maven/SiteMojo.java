package io.github.specwright.maven;

import io.github.specwright.core.base.Finding;
import io.github.specwright.core.site.SiteBuilder;
import io.github.specwright.core.site.SiteOptions;
import io.github.specwright.core.site.SiteResult;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Renders every spec of the repository to a browsable HTML site in {@code target/specs-site}: an index by status and
 * release, one page per document, an Atom feed and a static search.
 *
 * <p>Bound by default to {@code package}: the site is what a specs repository builds, so {@code mvn package} and
 * {@code mvn verify} both produce it, after the enforcer rules (bound to {@code validate}) have checked the specs.
 * With {@code strict} any rendering finding (broken {@code :doc:} or {@code :ref:}, unknown directive, image, ...)
 * fails the build, as {@code sphinx-build -W} does.
 */
@Mojo(name = "site", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class SiteMojo extends AbstractMojo {

    /** The repository root whose {@code .rst} documents are rendered. */
    @Parameter(property = "specwright.site.sourceDirectory", defaultValue = "${project.basedir}", required = true)
    File sourceDirectory;

    /** Where the site is written. */
    @Parameter(property = "specwright.site.outputDirectory", defaultValue = "${project.build.directory}/specs-site", required = true)
    File outputDirectory;

    /** Fail the build on any rendering finding (the generated repository sets this to true). */
    @Parameter(property = "specwright.site.strict", defaultValue = "false")
    boolean strict;

    /** Render {@code image} and {@code figure}; off by default since specs draw diagrams as ASCII art. */
    @Parameter(property = "specwright.site.allowImages", defaultValue = "false")
    boolean allowImages;

    /** Pass {@code .. raw:: html} through untouched; off by default so a spec cannot inject markup or script. */
    @Parameter(property = "specwright.site.allowRawHtml", defaultValue = "false")
    boolean allowRawHtml;

    /** The site title, shown in every page header and in the feed. */
    @Parameter(property = "specwright.site.title", defaultValue = "${project.name}")
    String title;

    /** The URL the site is published at, for absolute links in the Atom feed; relative links when unset. */
    @Parameter(property = "specwright.site.baseUrl")
    String baseUrl;

    /** Skip rendering. */
    @Parameter(property = "specwright.site.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Specwright site skipped");
            return;
        }
        SiteOptions options = new SiteOptions(title, allowImages, allowRawHtml, baseUrl, true);
        SiteResult result;
        try {
            result = new SiteBuilder(options).build(sourceDirectory.toPath(), outputDirectory.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot render the specs site of " + sourceDirectory + ": " + e.getMessage(), e);
        }
        for (Finding finding : result.findings()) {
            String line = sourceDirectory.toPath().resolve(finding.path()) + finding.format().substring(finding.path().length());
            if (strict) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
        getLog().info(String.format("Specs site: %d pages, %d links listing a spec again, %d findings, %d ms -> %s",
                result.pages(), result.aliases(), result.findings().size(), result.millis(),
                new File(outputDirectory, "index.html")));
        if (strict && result.hasFindings()) {
            throw new MojoFailureException(result.findings().size() + " rendering finding(s) in strict mode; "
                    + "fix them or set <strict>false</strict>. First: " + result.findings().get(0).format());
        }
    }
}
