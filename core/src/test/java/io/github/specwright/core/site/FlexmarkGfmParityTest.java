package io.github.specwright.core.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.specwright.core.internal.markdown.MarkdownParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import io.github.specwright.core.testing.ListedMismatches;
import org.junit.jupiter.api.Test;

/**
 * Every Markdown file of the rust-lang RFCs: the site's page body against flexmark's own HTML
 * renderer given the same GitHub Flavored Markdown tree, both passed through one normalisation
 * ({@link PageBodies#normalise}). Files that differ are listed in {@code flexmark-mismatches.txt} with a
 * reason and the first difference; the test fails when an unlisted file stops matching or a
 * listed one starts to. Run with {@code -Dspecwright.flexmark.update=true} to rewrite the list.
 */
class FlexmarkGfmParityTest {

    private static final Path MISMATCHES =
            Path.of("src/test/resources/io/github/specwright/core/site/flexmark-mismatches.txt");
    private static final int RFC_FILES = 641;

    /**
     * flexmark's own renderer, set to percent-encode destinations as GitHub (cmark-gfm) and the
     * CommonMark reference renderer do (flexmark's default writes them as they are).
     */
    private static final com.vladsch.flexmark.html.HtmlRenderer FLEXMARK_HTML = com.vladsch.flexmark.html.HtmlRenderer
            .builder(MarkdownParser.flexmarkOptions().set(com.vladsch.flexmark.html.HtmlRenderer.PERCENT_ENCODE_URLS, true))
            .build();

    /**
     * The same renderer with its two departures from CommonMark corrected (see {@link CommonMarkCorrections}):
     * a listed file whose difference is one of them must be identical to this one, so that nothing else
     * hides behind its first difference.
     */
    private static final com.vladsch.flexmark.html.HtmlRenderer FLEXMARK_CORRECTED = com.vladsch.flexmark.html.HtmlRenderer
            .builder(MarkdownParser.flexmarkOptions().set(com.vladsch.flexmark.html.HtmlRenderer.PERCENT_ENCODE_URLS, true))
            .nodeRendererFactory(options -> new CommonMarkCorrections())
            .build();

    @Test
    void everyRfcPageBodyEqualsFlexmarksRenderingOrIsListed() throws IOException {
        String corpusProperty = System.getProperty("specwright.corpus");
        assumeTrue(corpusProperty != null && Files.isDirectory(Path.of(corpusProperty, "rust-rfcs")),
                "reference corpus not present: " + corpusProperty);
        Path rfcs = Path.of(corpusProperty, "rust-rfcs");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(rfcs)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).as("the RFCs' Markdown files").hasSize(RFC_FILES);

        Map<String, String> differences = new TreeMap<>();
        Map<String, String> reasons = new TreeMap<>();
        int correctedSame = 0;
        for (Path file : files) {
            String name = rfcs.relativize(file).toString().replace('\\', '/');
            String text = MarkdownParser.normalise(Files.readString(file, StandardCharsets.UTF_8));
            String site = PageBodies.normalise(GithubHtmlPolicy.sanitize(MarkdownPages.bodyWithImages(text, name)));
            com.vladsch.flexmark.util.ast.Document ast = MarkdownParser.flexmarkAst(text);
            String flexmark = PageBodies.normalise(GithubHtmlPolicy.sanitize(FLEXMARK_HTML.render(ast)));
            if (!site.equals(flexmark)) {
                differences.put(name, firstDifference(site, flexmark));
                String reason = reason(site, flexmark);
                if (reason.startsWith(RENDERER_DEPARTURE)) {
                    String corrected = PageBodies.normalise(GithubHtmlPolicy.sanitize(FLEXMARK_CORRECTED.render(ast)));
                    if (site.equals(corrected)) {
                        correctedSame++;
                    } else {
                        reason = "not yet diagnosed: differs from flexmark with its departures corrected too, at "
                                + firstDifference(site, corrected);
                    }
                }
                reasons.put(name, reason);
            }
        }
        System.out.println("flexmark GFM parity: " + (files.size() - differences.size()) + "/" + files.size()
                + " RFC page bodies identical; " + correctedSame + " more identical to flexmark with its renderer's"
                + " departures from CommonMark corrected");
        Map<String, Integer> byReason = new TreeMap<>();
        reasons.values().forEach(reason -> byReason.merge(reason, 1, Integer::sum));
        byReason.forEach((reason, count) -> System.out.println("  " + count + "\t" + reason));

        Map<String, String> lines = new java.util.LinkedHashMap<>();
        differences.forEach((file, difference) -> lines.put(file, reasons.get(file) + '\t' + difference));
        ListedMismatches.check(MISMATCHES, "# RFC page bodies that differ from flexmark's GFM rendering after"
                + " FlexmarkGfmParityTest's normalisation: file, reason, first difference (site | flexmark)."
                + " Kept by FlexmarkGfmParityTest.", lines, "specwright.flexmark.update");
    }

    /**
     * Why two normalised bodies part, read from the markup where they do. What is left are places
     * where flexmark 0.64 departs from CommonMark and GitHub, and the site follows them: each reason
     * names the rule and what shows it (a CommonMark example, commonmark.js, markdownlint).
     */
    private static final String RENDERER_DEPARTURE = "flexmark's mistake: its renderer ";

    static String reason(String site, String flexmark) {
        int at = 0;
        while (at < site.length() && at < flexmark.length() && site.charAt(at) == flexmark.charAt(at)) {
            at++;
        }
        int tagStart = Math.max(0, Math.max(site.lastIndexOf('<', at), flexmark.lastIndexOf('<', at)));
        String ours = site.substring(Math.min(tagStart, site.length()));
        String theirs = flexmark.substring(Math.min(tagStart, flexmark.length()));
        if (sameCodeButSpaces(site, flexmark, at)) {
            return RENDERER_DEPARTURE + "collapses runs of spaces inside a code span and trims its ends"
                    + " (CommonMark 0.28); CommonMark 0.29 on (spec examples 335, 337: only one space on each side is"
                    + " stripped, when both have one) and GitHub keep them";
        }
        if (theirs.startsWith("<p>") && !ours.startsWith("<p>") && site.lastIndexOf("<li>", tagStart)
                > site.lastIndexOf("</li>", tagStart)) {
            return RENDERER_DEPARTURE + "in a tight list item leaves only the first paragraph without <p>;"
                    + " CommonMark, commonmark.js and GitHub write no <p> for any paragraph of a tight list";
        }
        if (theirs.matches("(?s)\\[[^<]*\\]\\[[^\\]]+\\].*") && ours.startsWith("<a href=")) {
            return "flexmark's mistake: in a list item it reads only the first of several indented link definitions"
                    + " (RecoveredDefinitions); CommonMark, GitHub and markdownlint read them all";
        }
        return "not yet diagnosed: see the difference";
    }

    /** Do the bodies part inside a code span whose texts differ only in where and how many spaces are? */
    private static boolean sameCodeButSpaces(String site, String flexmark, int at) {
        int siteStart = site.lastIndexOf("<code>", at);
        int flexmarkStart = flexmark.lastIndexOf("<code>", at);
        int siteEnd = site.indexOf("</code>", Math.max(0, siteStart));
        int flexmarkEnd = flexmark.indexOf("</code>", Math.max(0, flexmarkStart));
        if (siteStart < 0 || siteStart != flexmarkStart || siteEnd < at - 1 || flexmarkEnd < at - 1) {
            return false;
        }
        String ours = site.substring(siteStart, siteEnd).replaceAll("\\s+", " ").strip();
        String theirs = flexmark.substring(flexmarkStart, flexmarkEnd).replaceAll("\\s+", " ").strip();
        return ours.equals(theirs);
    }

    /** Where two normalised bodies part, with some context: "site | flexmark". */
    private static String firstDifference(String site, String flexmark) {
        int at = 0;
        while (at < site.length() && at < flexmark.length() && site.charAt(at) == flexmark.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 30);
        return excerpt(site, from) + " | " + excerpt(flexmark, from);
    }

    private static String excerpt(String text, int from) {
        return text.substring(Math.min(from, text.length()), Math.min(text.length(), from + 90))
                .replace("\n", "\\n").replace("\t", "\\t");
    }
}
