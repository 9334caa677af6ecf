package io.github.specwright.core.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a policy glob's wildcards matched in a path, so that a template can be named after it:
 * with {@code specs/*}{@code /approved/}, {@code specs/2027.1/approved/x.rst} gives {@code {1}} =
 * {@code 2027.1}. Wildcards are numbered from 1 in the order they appear: {@code *} (within one
 * directory), {@code **} (across directories), {@code ?} and {@code {a,b}}. A glob ending in
 * {@code /} means everything below it, as policies read it.
 */
final class GlobCaptures {

    private static final Pattern REFERENCE = Pattern.compile("\\{(\\d+)}");

    private GlobCaptures() {
    }

    /** {@code pattern} with each {@code {N}} replaced by what wildcard N matched in {@code path}. */
    static String fill(String glob, String path, String pattern) {
        if (pattern == null || !REFERENCE.matcher(pattern).find()) {
            return pattern;
        }
        Matcher matched = regex(glob).matcher(path);
        if (!matched.matches()) {
            return pattern;
        }
        Matcher reference = REFERENCE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            int group = Integer.parseInt(reference.group(1));
            String value = group >= 1 && group <= matched.groupCount() && matched.group(group) != null
                    ? matched.group(group) : reference.group();
            reference.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        reference.appendTail(out);
        return out.toString();
    }

    /** The number of wildcards in a glob (the highest {@code {N}} a template may use). */
    static int count(String glob) {
        return regex(glob).matcher("").groupCount();
    }

    private static Pattern regex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append("(.*)");
                i++;
            } else if (c == '*') {
                regex.append("([^/]*)");
            } else if (c == '?') {
                regex.append("([^/])");
            } else if (c == '{') {
                int end = glob.indexOf('}', i);
                if (end < 0) {
                    regex.append("\\{");
                    continue;
                }
                regex.append('(');
                String[] alternatives = glob.substring(i + 1, end).split(",", -1);
                for (int a = 0; a < alternatives.length; a++) {
                    regex.append(a == 0 ? "" : "|").append(Pattern.quote(alternatives[a]));
                }
                regex.append(')');
                i = end;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (glob.endsWith("/")) {
            regex.append("(?:.*)");
        }
        return Pattern.compile(regex.toString());
    }
}
