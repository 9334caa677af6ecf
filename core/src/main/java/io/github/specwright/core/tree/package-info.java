/**
 * The model printed as docutils' pseudo-XML ({@link io.github.specwright.core.tree.PseudoXml}), how the parser is proven against docutils.
 */
package io.github.specwright.core.tree;
