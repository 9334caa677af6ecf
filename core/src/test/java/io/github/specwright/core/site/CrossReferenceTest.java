package io.github.specwright.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.base.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** References between documents of one site: :doc:, :ref:, toctree and include, resolved or reported. */
class CrossReferenceTest {

    @TempDir
    Path repository;

    @TempDir
    Path output;

    private void write(String path, String content) throws Exception {
        Path file = repository.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private String main(String page) throws Exception {
        String html = Files.readString(output.resolve(page));
        return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
    }

    @Test
    void referencesResolveAcrossDocumentsAndBrokenOnesAreFindings() throws Exception {
        write("specs/approved/alpha.rst", """
                =====
                Alpha
                =====

                See :doc:`beta`, :doc:`/approved/beta`, :doc:`Gamma later <../backlog/gamma>`,
                :ref:`beta-details`, :ref:`the label <beta-details>` and :doc:`../10.0/beta`.

                Broken: :doc:`missing` and :ref:`no-such-label`.

                .. toctree::
                   :glob:

                   b*

                .. include:: ../shared.inc

                .. include:: ../../../outside.inc
                """);
        write("specs/approved/beta.rst", """
                ====
                Beta
                ====

                .. _beta-details:

                Details
                =======

                Text.

                More
                ====

                Text.
                """);
        write("specs/backlog/gamma.rst", "=====\nGamma\n=====\n");
        write("specs/shared.inc", "Included *text*.\n");
        write("specs/10.0/beta.rst", "../approved/beta.rst");

        SiteResult result = new SiteBuilder(SiteOptions.defaults().withUseGit(false)).build(repository, output);

        String alpha = main("specs/approved/alpha.html");
        assertThat(alpha).contains("See <a class=\"reference internal\" href=\"beta.html\">Beta</a>, "
                + "<a class=\"reference internal\" href=\"beta.html\">Beta</a>, "
                + "<a class=\"reference internal\" href=\"../backlog/gamma.html\">Gamma later</a>,\n"
                + "<a class=\"reference internal\" href=\"beta.html#beta-details\">Details</a>, "
                + "<a class=\"reference internal\" href=\"beta.html#beta-details\">the label</a> and "
                + "<a class=\"reference internal\" href=\"beta.html\">Beta</a>.");
        assertThat(alpha).contains("Broken: <span class=\"reference unresolved\">missing</span> and "
                + "<span class=\"reference unresolved\">no-such-label</span>.");
        assertThat(alpha).contains("<nav class=\"toctree\">\n<ul>\n<li><a class=\"reference internal\" href=\"beta.html\">Beta</a></li>\n</ul>\n</nav>");
        assertThat(alpha).contains("<p>Included <em>text</em>.</p>");
        assertThat(result.findings()).extracting(f -> f.line() + ":" + f.column() + " " + f.ruleId())
                .containsExactly("8:9 site-broken-doc-ref", "8:28 site-broken-ref", "17:1 site-include");
        assertThat(result.findings()).extracting(Finding::message).last().asString()
                .isEqualTo("include of '../../../outside.inc' failed: no such file in the repository");
        assertThat(SiteChecker.check(output).problems()).isEmpty();
    }

    @Test
    void anIncludeOutsideTheRepositoryIsRefusedEvenWhenTheFileExists() throws Exception {
        Path outside = Files.createTempFile("secret", ".txt");
        try {
            Files.writeString(outside, "secret");
            write("specs/a.rst", "=\nA\n=\n\n.. include:: " + outside + "\n\n.. include:: ../" + "../".repeat(20)
                    + outside.toString().substring(1) + "\n");
            SiteResult result = new SiteBuilder(SiteOptions.defaults().withUseGit(false)).build(repository, output);
            assertThat(Files.readString(output.resolve("specs/a.html"))).doesNotContain("secret");
            assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("site-include", "site-include");
        } finally {
            Files.deleteIfExists(outside);
        }
    }
}
