/**
 * Accepted findings: a baseline file records today's findings so that a check reports only new ones.
 */
package io.github.specwright.core.baseline;
