package io.github.specwright.core.internal.check.consistency;

import java.util.Locale;

/** What a file of a specs repository is, from its path: the checks and the site treat each kind its own way. */
public enum DocumentKind {
    SPEC, TEMPLATE, PRIORITIES, OTHER;

    /** The kind of the file at {@code path}, relative to the repository root with {@code /} separators. */
    public static DocumentKind of(String path) {
        String fileName = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        String baseName = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        // template.rst, or one template per release (juno-template.rst); deploy-templates.rst is a spec.
        if (baseName.equals("template") || baseName.endsWith("-template") || baseName.endsWith("_template")) {
            return TEMPLATE;
        }
        if (path.startsWith("priorities/")) {
            return PRIORITIES;
        }
        return path.startsWith("specs/") ? SPEC : OTHER;
    }
}
