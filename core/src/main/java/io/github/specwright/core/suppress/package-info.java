/**
 * Inline suppressions: a comment in a spec that silences one rule on the next line or block, with the reason the
 * team gave ({@link io.github.specwright.core.suppress.Suppressions}); the check result lists them for reports.
 */
package io.github.specwright.core.suppress;
