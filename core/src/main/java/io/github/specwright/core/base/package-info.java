/**
 * What every layer may use: findings and their severities, rule groups and rule declarations, configuration errors. Depends on nothing else of Specwright.
 */
package io.github.specwright.core.base;
