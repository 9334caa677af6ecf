/**
 * Findings as SARIF, JSON and GitHub annotations; rule descriptions from the rule registry.
 */
package io.github.specwright.core.report;
