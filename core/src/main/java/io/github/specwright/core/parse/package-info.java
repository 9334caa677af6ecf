/**
 * The one entry to parsing: the parser of a file's format.
 */
package io.github.specwright.core.parse;
