package io.github.specwright.core.rst;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * docutils' checks of the image and figure options: lengths with one of its units, a scale that is
 * a whole percentage, an alignment among the values the context allows (top/middle/bottom only in
 * a substitution definition, left/center/right elsewhere), a target that is not empty.
 */
final class ImageOptions {

    private static final Pattern LENGTH = Pattern.compile("[0-9]+(\\.[0-9]*)?|\\.[0-9]+");
    private static final Set<String> UNITS = Set.of("", "em", "ex", "px", "in", "cm", "mm", "pt", "pc");
    private static final Set<String> HORIZONTAL = Set.of("left", "center", "right");
    private static final Set<String> VERTICAL = Set.of("top", "middle", "bottom");

    private ImageOptions() {
    }

    /** What is wrong with an image's or figure's options, or null. */
    static String problem(String directive, Map<String, String> options, boolean inSubstitution) {
        String width = options.get("width");
        if (width != null && !isLength(width, true)) {
            return "\"" + width.strip() + "\" is no valid width: give a number with em, ex, px, in, cm, mm, pt, pc or %";
        }
        String height = options.get("height");
        if (height != null && !isLength(height, false)) {
            return "\"" + height.strip() + "\" is no valid height: give a number with em, ex, px, in, cm, mm, pt or pc";
        }
        String figureWidth = options.get("figwidth");
        if (figureWidth != null && !figureWidth.strip().equals("image") && !isLength(figureWidth, true)) {
            return "\"" + figureWidth.strip() + "\" is no valid figure width";
        }
        String scale = options.get("scale");
        if (scale != null && !scale.strip().matches("[0-9]+\\s*%?")) {
            return "\"" + scale.strip() + "\" is no valid scale: give a whole percentage";
        }
        String target = options.get("target");
        if (target != null && target.isBlank()) {
            return "the target option needs a URI or a reference name";
        }
        String align = options.get("align");
        if (align != null) {
            String value = align.strip();
            Set<String> allowed = inSubstitution ? VERTICAL : HORIZONTAL;
            if (!allowed.contains(value)) {
                return "\"" + value + "\" is no valid alignment " + (inSubstitution ? "in a substitution definition" : "here")
                        + "; use one of " + String.join(", ", inSubstitution ? new String[] {"top", "middle", "bottom"}
                        : new String[] {"left", "center", "right"});
            }
        }
        return null;
    }

    private static boolean isLength(String value, boolean percentAllowed) {
        String text = value.strip();
        int end = 0;
        while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
            end++;
        }
        String number = text.substring(0, end);
        String unit = text.substring(end).strip();
        if (!LENGTH.matcher(number).matches()) {
            return false;
        }
        return UNITS.contains(unit) || (percentAllowed && unit.equals("%"));
    }
}
