/**
 * The document tree both parsers build: one node class per construct, each with its source span. Depends on nothing else of Specwright.
 */
package io.github.specwright.core.model;
