/**
 * The names, ids and links of a document, worked out once over the finished tree as docutils' transforms do
 * ({@link io.github.specwright.core.resolve.Resolution}, kept on the document) and read by the site, the tree dump
 * and the checks; {@link io.github.specwright.core.resolve.DocutilsIds} is the one name normalisation and id rule.
 */
package io.github.specwright.core.resolve;
