/**
 * Specwright's core: the document model, the reStructuredText and Markdown readers, the checks, the fixer, the
 * reports and the site. The exported packages are the API the CLI, the Maven plugin and the enforcer rules are
 * written against; everything under {@code io.github.specwright.core.internal} may change in any release.
 */
module io.github.specwright.core {
    requires java.xml;
    // flexmark-java and the OWASP sanitizer publish no module descriptor: their automatic module names are those
    // derived from the jar names, which is what a modular application gets too.
    requires flexmark;
    requires flexmark.util.ast;
    requires flexmark.util.data;
    requires flexmark.util.sequence;
    requires flexmark.util.collection;
    requires flexmark.ext.tables;
    requires flexmark.ext.yaml.front.matter;
    requires flexmark.ext.gfm.strikethrough;
    requires flexmark.ext.gfm.tasklist;
    requires flexmark.ext.autolink;
    requires flexmark.ext.footnotes;
    requires owasp.java.html.sanitizer;
    requires org.snakeyaml.engine;
    requires tools.jackson.core;

    exports io.github.specwright.core.authoring;
    exports io.github.specwright.core.base;
    exports io.github.specwright.core.baseline;
    exports io.github.specwright.core.check;
    exports io.github.specwright.core.fix;
    exports io.github.specwright.core.lifecycle;
    exports io.github.specwright.core.model;
    exports io.github.specwright.core.parse;
    exports io.github.specwright.core.report;
    exports io.github.specwright.core.resolve;
    exports io.github.specwright.core.rst;
    exports io.github.specwright.core.site;
    exports io.github.specwright.core.suppress;
    exports io.github.specwright.core.template;
    exports io.github.specwright.core.tree;
    exports io.github.specwright.core.vcs;
}
