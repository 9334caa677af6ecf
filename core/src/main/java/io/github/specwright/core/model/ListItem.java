package io.github.specwright.core.model;

/**
 * An item of a bullet or enumerated list; children are body elements. A GitHub Flavored Markdown
 * task item ({@code - [ ] to do}, {@code - [x] done}) records its state; other items have none.
 */
public final class ListItem extends Node {

    /** Whether the item is a task list item and, if so, whether its box is ticked. */
    public enum Task { NONE, OPEN, DONE }

    private final Task task;

    public ListItem(SourceSpan span) {
        this(span, Task.NONE);
    }

    public ListItem(SourceSpan span, Task task) {
        super(span);
        this.task = task;
    }

    public Task task() {
        return task;
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.visitListItem(this);
    }
}
