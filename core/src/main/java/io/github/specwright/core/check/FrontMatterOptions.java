package io.github.specwright.core.check;

import io.github.specwright.core.base.ConfigException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the YAML front matter of a Markdown spec must declare: required keys, the values a key
 * allows (a list of words or a regular expression, matched against the whole value and against
 * each item of a list), and keys that must not be empty. Immutable; make one with
 * {@link #builder()} or {@link #parse(List)}.
 */
public final class FrontMatterOptions {

    /** A key's constraint. {@code allowed} is null when any value goes; {@code allowedText} describes it for messages. */
    record KeyRule(String key, boolean required, boolean nonEmpty, Pattern allowed, String allowedText) {
    }

    private static final FrontMatterOptions NONE = new FrontMatterOptions(List.of());

    private final List<KeyRule> rules;

    private FrontMatterOptions(List<KeyRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** No front matter rules: nothing is checked. */
    public static FrontMatterOptions none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads declarations, one per key, in the form a configuration file holds them:
     * <ul>
     *   <li>{@code status} — the key is required;</li>
     *   <li>{@code status: draft|approved|implemented} — required, with one of these values;</li>
     *   <li>{@code ticket: /[A-Z]+-[0-9]+/} — required, with a value matching the expression;</li>
     *   <li>{@code authors: non-empty} — required, with at least one value;</li>
     *   <li>{@code reviewers?: non-empty} — a trailing {@code ?} makes the key optional: when it
     *       is there, its constraint still applies.</li>
     * </ul>
     */
    public static FrontMatterOptions parse(List<String> declarations) throws ConfigException {
        Builder builder = builder();
        for (String declaration : declarations) {
            builder.declare(declaration);
        }
        return builder.build();
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    List<KeyRule> rules() {
        return rules;
    }

    /** The keys that must be present, in declaration order. */
    public List<String> requiredKeys() {
        return rules.stream().filter(KeyRule::required).map(KeyRule::key).toList();
    }

    /** Collects key rules; later declarations of a key refine the earlier ones. */
    public static final class Builder {
        private final Set<String> keys = new LinkedHashSet<>();
        private final Set<String> required = new LinkedHashSet<>();
        private final Set<String> nonEmpty = new LinkedHashSet<>();
        private final Map<String, Pattern> allowed = new LinkedHashMap<>();
        private final Map<String, String> allowedText = new LinkedHashMap<>();

        private Builder() {
        }

        /** The keys must be present. */
        public Builder require(String... names) throws ConfigException {
            for (String name : names) {
                required.add(key(name));
            }
            return this;
        }

        /** The key must hold at least one non-blank value when present. */
        public Builder nonEmpty(String name) throws ConfigException {
            nonEmpty.add(key(name));
            return this;
        }

        /** The key's values must be one of {@code values}, compared exactly. */
        public Builder allowValues(String name, List<String> values) throws ConfigException {
            if (values.isEmpty() || values.stream().anyMatch(v -> v == null || v.isBlank())) {
                throw new ConfigException("front matter rule for '" + name + "': the allowed values are empty");
            }
            List<String> quoted = new ArrayList<>();
            values.forEach(v -> quoted.add(Pattern.quote(v.strip())));
            String key = key(name);
            allowed.put(key, Pattern.compile(String.join("|", quoted)));
            allowedText.put(key, "one of " + String.join(", ", values.stream().map(String::strip).toList()));
            return this;
        }

        /** The key's values must match {@code regex} as a whole. */
        public Builder allowPattern(String name, String regex) throws ConfigException {
            String key = key(name);
            try {
                allowed.put(key, Pattern.compile(regex));
            } catch (PatternSyntaxException e) {
                throw new ConfigException("front matter rule for '" + name + "': invalid regular expression '"
                        + regex + "': " + e.getDescription());
            }
            allowedText.put(key, "a value matching /" + regex + "/");
            return this;
        }

        /** One declaration in the syntax of {@link FrontMatterOptions#parse(List)}. */
        public Builder declare(String declaration) throws ConfigException {
            if (declaration == null || declaration.isBlank()) {
                throw new ConfigException("a front matter declaration is empty");
            }
            int colon = declaration.indexOf(':');
            String name = (colon < 0 ? declaration : declaration.substring(0, colon)).strip();
            String constraint = colon < 0 ? "" : declaration.substring(colon + 1).strip();
            boolean optional = name.endsWith("?");
            if (optional) {
                name = name.substring(0, name.length() - 1).strip();
            }
            String key = key(name);
            if (optional && constraint.isEmpty()) {
                throw new ConfigException("front matter declaration '" + declaration
                        + "': an optional key needs a constraint, like '" + key + "?: non-empty'");
            }
            if (!optional) {
                required.add(key);
            }
            if (constraint.equals("non-empty")) {
                nonEmpty(key);
            } else if (constraint.length() >= 2 && constraint.startsWith("/") && constraint.endsWith("/")) {
                allowPattern(key, constraint.substring(1, constraint.length() - 1));
            } else if (!constraint.isEmpty()) {
                allowValues(key, List.of(constraint.split("\\|", -1)));
            }
            return this;
        }

        public FrontMatterOptions build() {
            List<KeyRule> rules = new ArrayList<>();
            for (String key : keys) {
                rules.add(new KeyRule(key, required.contains(key), nonEmpty.contains(key), allowed.get(key),
                        allowedText.get(key)));
            }
            return new FrontMatterOptions(rules);
        }

        private String key(String name) throws ConfigException {
            if (name == null || name.isBlank() || name.strip().contains(" ")) {
                throw new ConfigException("front matter key '" + name + "' is not a plain YAML key");
            }
            String key = name.strip();
            keys.add(key);
            return key;
        }
    }
}
