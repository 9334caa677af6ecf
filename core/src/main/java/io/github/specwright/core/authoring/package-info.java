/**
 * Writing new specs from the repository's template.
 */
package io.github.specwright.core.authoring;
