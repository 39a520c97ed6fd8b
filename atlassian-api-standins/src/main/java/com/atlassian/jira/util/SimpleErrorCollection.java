package com.atlassian.jira.util;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Compile-only stand-in: the plain {@link ErrorCollection}, created with {@code new SimpleErrorCollection()} by the
 * decompiled Atlassian anonymization handlers (found with the code search). Only the members Glue Work uses.
 */
public class SimpleErrorCollection implements ErrorCollection {
    private final List<String> messages = new ArrayList<>();

    public SimpleErrorCollection() {
    }

    @Override
    public void addErrorMessage(String message) {
        messages.add(message);
    }

    @Override
    public Collection<String> getErrorMessages() {
        return List.copyOf(messages);
    }

    @Override
    public boolean hasAnyErrors() {
        return !messages.isEmpty();
    }
}
