/**
 * Running git ({@link io.github.specwright.core.vcs.GitCommand}) and reading the dates of files from it.
 */
package io.github.specwright.core.vcs;
