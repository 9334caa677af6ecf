package io.github.specwright.core.model;

/** A directive: {@code .. name:: arguments}, then options and content. {@code content} is the raw content with the indentation removed and {@code contentLine} its first line (0 when there is none). Directives whose content is body markup (admonitions, {@code todo}, ...) also hold the parsed content as children. */
public final class Directive extends Node {

    private final String name;
    private final String arguments;
    private final java.util.Map<String, String> options;
    private final String content;
    private final int contentLine;
    private Title title;

    public Directive(SourceSpan span, String name, String arguments, java.util.Map<String, String> options, String content, int contentLine) {
        super(span);
        this.name = name;
        this.arguments = arguments;
        this.options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
        this.content = content;
        this.contentLine = contentLine;
    }

    public String name() {
        return name;
    }

    public String arguments() {
        return arguments;
    }

    public java.util.Map<String, String> options() {
        return options;
    }

    public String content() {
        return content;
    }

    public int contentLine() {
        return contentLine;
    }

    /**
     * The title a table directive's argument gives (inline markup parsed like any title), or null.
     * Not a child: the content's children are the directive's body.
     */
    public Title title() {
        return title;
    }

    public void setTitle(Title title) {
        this.title = title;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitDirective(this);
    }
}
