/**
 * The checks of a specs repository: {@link io.github.specwright.core.check.SpecChecker} runs the registered checks ({@link io.github.specwright.core.check.RuleRegistry}) with a {@link io.github.specwright.core.check.CheckConfig} read through the option declarations ({@link io.github.specwright.core.check.ConfigOptions}).
 */
package io.github.specwright.core.check;
