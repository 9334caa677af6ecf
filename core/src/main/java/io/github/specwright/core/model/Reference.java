package io.github.specwright.core.model;

/** A hyperlink reference: {@code name_}, {@code `phrase`_}, {@code `text <uri>`_}, anonymous {@code __} forms, or a standalone URI. {@code refName} is the normalised target name (null for embedded and standalone URIs), {@code refUri} the URI when known. */
public final class Reference extends Node {

    private final String text;
    private final String refName;
    private final String refUri;
    private final boolean anonymous;
    private String rawSource;
    private boolean aliasTarget;
    private String title;

    public Reference(SourceSpan span, String text, String refName, String refUri, boolean anonymous) {
        super(span);
        this.text = text;
        this.refName = refName;
        this.refUri = refUri;
        this.anonymous = anonymous;
    }

    public String text() {
        return text;
    }

    public String refName() {
        return refName;
    }

    public String refUri() {
        return refUri;
    }

    public boolean anonymous() {
        return anonymous;
    }

    /** The reference as written, backslashes kept (reStructuredText only; null when not known). */
    public String rawSource() {
        return rawSource;
    }

    public Reference withRawSource(String raw) {
        this.rawSource = raw;
        return this;
    }

    /** The link's title (Markdown's {@code [text](uri "title")}), or null. */
    public String title() {
        return title;
    }

    public Reference withTitle(String title) {
        this.title = title;
        return this;
    }

    /**
     * Written {@code `text <alias_>`_} (named, not anonymous): docutils also makes an indirect target named by the
     * text that leads where the alias does.
     */
    public boolean makesAliasTarget() {
        return aliasTarget;
    }

    public Reference withAliasTarget() {
        this.aliasTarget = true;
        return this;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitReference(this);
    }
}
