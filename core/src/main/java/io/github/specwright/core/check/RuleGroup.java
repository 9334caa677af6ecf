package io.github.specwright.core.check;

/**
 * The concerns checks are grouped by; each enforcer rule runs one group, the CLI runs them all.
 */
public enum RuleGroup {
    /** Template conformance and header checks: missing-section, story-link, ... */
    TEMPLATE,
    /** Formatting and encoding: line-length, trailing-whitespace, encoding, ... */
    FORMAT,
    /** Markup validity as docutils reports it: the rst-* rule ids. */
    SYNTAX,
    /** Priorities documents: tables, contacts, details sections. */
    PRIORITIES,
    /** Across documents: redirects of moved specs, duplicate titles, status against directory. */
    CONSISTENCY
}
