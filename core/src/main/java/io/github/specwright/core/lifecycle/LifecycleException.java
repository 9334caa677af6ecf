package io.github.specwright.core.lifecycle;

/** A lifecycle command that cannot be done as asked, with the reason in words for the user. */
public final class LifecycleException extends Exception {

    public LifecycleException(String message) {
        super(message);
    }
}
