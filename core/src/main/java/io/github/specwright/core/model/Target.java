package io.github.specwright.core.model;

/** An explicit hyperlink target: {@code .. _name: uri}, {@code .. __: uri} (anonymous) or an internal target. {@code refUri} is null for internal targets; {@code refName} is set for indirect targets ({@code .. _a: b_}). */
public final class Target extends Node {

    private final String name;
    private final String refUri;
    private final String refName;
    private final boolean anonymous;

    public Target(SourceSpan span, String name, String refUri, String refName, boolean anonymous) {
        super(span);
        this.name = name;
        this.refUri = refUri;
        this.refName = refName;
        this.anonymous = anonymous;
    }

    public String name() {
        return name;
    }

    public String refUri() {
        return refUri;
    }

    public String refName() {
        return refName;
    }

    public boolean anonymous() {
        return anonymous;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitTarget(this);
    }
}
