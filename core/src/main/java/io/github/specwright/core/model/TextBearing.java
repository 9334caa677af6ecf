package io.github.specwright.core.model;

/**
 * A node whose text is inline markup: paragraphs, titles, terms, field names, lines of a line
 * block, ... The parser keeps the source text as {@link #rawText()} and parses it into the node's
 * inline children; renderers and checks that need the text use this one type instead of listing
 * the kinds.
 */
public interface TextBearing {

    /** The text as in the source, the block's indentation removed, lines joined by {@code \n}. */
    String rawText();
}
