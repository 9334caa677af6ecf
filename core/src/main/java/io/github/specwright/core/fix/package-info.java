/**
 * Repairs what the checks find and a program can mend ({@link io.github.specwright.core.fix.SpecFixer}); every write is atomic.
 */
package io.github.specwright.core.fix;
