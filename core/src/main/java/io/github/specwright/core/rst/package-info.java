/**
 * The reStructuredText parser ({@link io.github.specwright.core.rst.RstParser}): block parsing onto the model, as docutils reads the text.
 */
package io.github.specwright.core.rst;
