package io.github.specwright.core.site;

import java.util.ArrayList;
import java.util.List;

/** Relative links between pages of the site, so it works from any URL prefix and from {@code file://}. */
final class SitePaths {

    private SitePaths() {
    }

    /** The href that leads from the page at {@code from} to {@code to} (both relative to the site root). */
    static String relativeHref(String from, String to) {
        List<String> fromDirs = directories(from);
        String[] toParts = to.split("/");
        int common = 0;
        while (common < fromDirs.size() && common < toParts.length - 1 && fromDirs.get(common).equals(toParts[common])) {
            common++;
        }
        StringBuilder href = new StringBuilder();
        for (int i = common; i < fromDirs.size(); i++) {
            href.append("../");
        }
        for (int i = common; i < toParts.length; i++) {
            href.append(toParts[i]);
            if (i < toParts.length - 1) {
                href.append('/');
            }
        }
        return href.toString();
    }

    /** {@code ../../} for a page two directories deep: the way back to the site root. */
    static String rootOf(String page) {
        return "../".repeat(directories(page).size());
    }

    private static List<String> directories(String path) {
        List<String> dirs = new ArrayList<>(List.of(path.split("/")));
        dirs.remove(dirs.size() - 1);
        return dirs;
    }

    /** Resolves {@code .} and {@code ..} in a slash-separated relative path; null when it climbs above the root. */
    static String normalize(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }
}
