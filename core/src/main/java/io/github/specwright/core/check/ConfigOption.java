package io.github.specwright.core.check;

import io.github.specwright.core.base.ConfigException;
import io.github.specwright.core.base.RuleGroup;

/**
 * One configuration option, declared once in {@link ConfigOptions}: how the configuration file
 * and the POM name it, what it holds, its default, which rule group it belongs to, and how it
 * sets a {@link CheckConfig.Builder}.
 *
 * @param key         the key of the configuration file's {@code [check]} section, or null when the
 *                    file has no such key (a section of its own, or a POM-only option)
 * @param pomName     the element name in an enforcer rule's configuration, or null when the POM
 *                    does not take it
 * @param type        what the value is, in words: "text", "list", "whole number", "true or false", "path"
 * @param defaultText the default, as the docs show it
 * @param group       the only rule group the option changes, or null when it is shared (it decides
 *                    which files are read and how, or applies to every group): an enforcer rule
 *                    accepts the shared options and its own group's
 * @param doc         what the option does, for the docs
 * @param setter      how a value sets the builder; null for the options the adapters read
 *                    themselves (the POM's {@code configFile}, {@code root}, {@code policies},
 *                    {@code severities})
 */
public record ConfigOption(String key, String pomName, String type, String defaultText, RuleGroup group, String doc,
                           Setter setter) {

    /** Sets a builder from a value; {@code name} is how the source named the option, for messages. */
    @FunctionalInterface
    public interface Setter {
        void set(CheckConfig.Builder builder, OptionValue value, String name) throws ConfigException;
    }

    /** Whether every enforcer rule accepts the option. */
    public boolean isShared() {
        return group == null;
    }

    /** Whether the value is a path, which an adapter resolves against its own base directory first. */
    public boolean isPath() {
        return type.equals("path");
    }

    /** Sets {@code builder} from {@code value}, the option named {@code name} in the message of a bad value. */
    public void apply(CheckConfig.Builder builder, OptionValue value, String name) throws ConfigException {
        setter.set(builder, value, name);
    }
}
