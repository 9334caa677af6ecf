package io.github.specwright.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A node of the document tree. Every node knows its source span and its children; concrete
 * subclasses add what their construct needs. Trees are built by a parser and then only read:
 * the mutators are for builders, not for consumers.
 */
public abstract class Node {

    private final List<Node> children = new ArrayList<>();
    /** The read-only view handed out, made once: trees are walked far more often than built. */
    private final List<Node> childrenView = Collections.unmodifiableList(children);
    private Node parent;
    private SourceSpan span;

    protected Node(SourceSpan span) {
        this.span = span == null ? SourceSpan.UNKNOWN : span;
    }

    public SourceSpan span() {
        return span;
    }

    public void setSpan(SourceSpan span) {
        this.span = span;
    }

    public Node parent() {
        return parent;
    }

    public List<Node> children() {
        return childrenView;
    }

    public void addChild(Node child) {
        child.parent = this;
        children.add(child);
    }

    public void addChildren(List<? extends Node> nodes) {
        for (Node node : nodes) {
            addChild(node);
        }
    }

    public void removeChild(Node child) {
        if (children.remove(child)) {
            child.parent = null;
        }
    }

    /** The children of the given type, in order. */
    public <T extends Node> List<T> childrenOf(Class<T> type) {
        List<T> result = new ArrayList<>();
        for (Node child : children) {
            if (type.isInstance(child)) {
                result.add(type.cast(child));
            }
        }
        return result;
    }

    public abstract <R> R accept(NodeVisitor<R> visitor);

    /** A short name for diagnostics and tree dumps, e.g. "paragraph". */
    public String kind() {
        String simple = getClass().getSimpleName();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < simple.length(); i++) {
            char c = simple.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                out.append('_');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return kind() + "@" + span;
    }
}
