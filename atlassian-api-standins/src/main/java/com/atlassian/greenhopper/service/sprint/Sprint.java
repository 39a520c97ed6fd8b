package com.atlassian.greenhopper.service.sprint;

import org.joda.time.DateTime;

/**
 * Compile-only stand-in: a Jira Software sprint.
 * <p>
 * Mirrors: Jira Software 11.1, checked against https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/sprint/Sprint.html
 * (docs/atlassian-signatures.md §9.1, status C): a class ({@code @ExperimentalApi}); the dates are Joda
 * {@code DateTime} and nullable. The nested {@code State} constants FUTURE, ACTIVE, CLOSED are from
 * https://docs.atlassian.com/jira-software/6.3.3/com/atlassian/greenhopper/service/sprint/Sprint.State.html (the enum
 * still exists in 10.6.0; its constant list there was not readable). Real instances come from a builder; Glue Work never
 * builds one, so the stand-in's constructor is private and tests mock it. Only the members Glue Work calls.
 */
public class Sprint {

    private Sprint() {
    }

    public Long getId() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public Long getRapidViewId() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public State getState() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public String getName() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public DateTime getStartDate() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public DateTime getEndDate() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public DateTime getCompleteDate() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public enum State {
        FUTURE, ACTIVE, CLOSED
    }
}
