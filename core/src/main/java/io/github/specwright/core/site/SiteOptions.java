package io.github.specwright.core.site;

/**
 * How a site is built.
 *
 * @param title        the site title shown in every page header and in the feed
 * @param allowImages  render {@code image} and {@code figure}; off by default, since specs draw diagrams as ASCII art
 * @param allowRawHtml pass {@code .. raw:: html} through; off by default, so a spec cannot inject markup or script
 * @param baseUrl      the URL the site is published at (used for absolute feed links), or null for relative links
 * @param useGit       date specs by their last git commit when the repository is a git work tree
 */
public record SiteOptions(String title, boolean allowImages, boolean allowRawHtml, String baseUrl, boolean useGit) {

    public SiteOptions {
        title = title == null || title.isBlank() ? "Specifications" : title.strip();
        baseUrl = baseUrl == null || baseUrl.isBlank() ? null : (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }

    public static SiteOptions defaults() {
        return new SiteOptions(null, false, false, null, true);
    }

    public SiteOptions withTitle(String newTitle) {
        return new SiteOptions(newTitle, allowImages, allowRawHtml, baseUrl, useGit);
    }

    public SiteOptions withAllowImages(boolean allow) {
        return new SiteOptions(title, allow, allowRawHtml, baseUrl, useGit);
    }

    public SiteOptions withAllowRawHtml(boolean allow) {
        return new SiteOptions(title, allowImages, allow, baseUrl, useGit);
    }

    public SiteOptions withBaseUrl(String url) {
        return new SiteOptions(title, allowImages, allowRawHtml, url, useGit);
    }

    public SiteOptions withUseGit(boolean use) {
        return new SiteOptions(title, allowImages, allowRawHtml, baseUrl, use);
    }
}
