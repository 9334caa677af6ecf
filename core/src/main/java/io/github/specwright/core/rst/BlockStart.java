package io.github.specwright.core.rst;

/**
 * The constructs a body element can start with, in the order they are tried on its first line
 * (docutils' {@code Body.initial_transitions}); a line that starts none of them is text, and an
 * indented line a block quote. This one order serves both the body parser, which hands the
 * line to the first construct that takes it, and the list states, which end a list at any line
 * that starts something other than text.
 */
enum BlockStart {
    BULLET(false),
    ENUMERATOR(true),
    FIELD_MARKER(false),
    OPTION_MARKER(true),
    DOCTEST(false),
    LINE_BLOCK(false),
    GRID_TABLE_TOP(false),
    SIMPLE_TABLE_TOP(false),
    EXPLICIT_MARKUP(false),
    ANONYMOUS_TARGET(false),
    ADORNMENT(true);

    /** The table's order, copied once (values() copies on every call). */
    static final BlockStart[] ORDER = values();

    /**
     * Whether the construct's parser may turn the line down after all (an enumerator without a
     * list, an option marker without a description, an adornment without a title), so that the
     * next entry is tried; the others take every line they match.
     */
    final boolean mayDecline;

    BlockStart(boolean mayDecline) {
        this.mayDecline = mayDecline;
    }

    /** Whether line {@code s} looks like this construct's start. */
    boolean matches(String s) {
        switch (this) {
            case BULLET:
                return Patterns.starts(Patterns.BULLET, s);
            case ENUMERATOR:
                return Patterns.starts(Patterns.ENUMERATOR, s);
            case FIELD_MARKER:
                return Patterns.fieldMarkerEnd(s) >= 0;
            case OPTION_MARKER:
                return Patterns.optionMarkerEnd(s) >= 0;
            case DOCTEST:
                return Patterns.starts(Patterns.DOCTEST, s);
            case LINE_BLOCK:
                return Patterns.starts(Patterns.LINE_BLOCK, s);
            case GRID_TABLE_TOP:
                return Patterns.isGridTableTop(s);
            case SIMPLE_TABLE_TOP:
                return Patterns.isSimpleTableTop(s);
            case EXPLICIT_MARKUP:
                return Patterns.starts(Patterns.EXPLICIT, s);
            case ANONYMOUS_TARGET:
                return Patterns.starts(Patterns.ANONYMOUS, s);
            default:
                return Patterns.isAdornment(s);
        }
    }

    /** Whether {@code s} starts one of the constructs tried before {@code entry} (they take the line first). */
    static boolean startsEarlier(BlockStart entry, String s) {
        for (int k = 0; k < entry.ordinal(); k++) {
            if (ORDER[k].matches(s)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} starts any construct other than a paragraph. */
    static boolean startsNonText(String s) {
        for (BlockStart start : ORDER) {
            if (start.matches(s)) {
                return true;
            }
        }
        return false;
    }
}
