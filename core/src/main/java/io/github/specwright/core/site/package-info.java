/**
 * The HTML site of a specs repository, its catalog ({@code specs.json}) and the queries over it.
 */
package io.github.specwright.core.site;
