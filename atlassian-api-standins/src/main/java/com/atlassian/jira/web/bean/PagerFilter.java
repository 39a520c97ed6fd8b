package com.atlassian.jira.web.bean;

import java.io.Serializable;

/**
 * Compile-only stand-in: which slice of a search to return.
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8), checked against https://docs.atlassian.com/jira/7.2.6/com/atlassian/jira/web/bean/PagerFilter.html
 * ({@code @PublicApi public class PagerFilter<T> implements Serializable}; constructor {@code PagerFilter(int start, int max)};
 * {@code int getStart()}, {@code int getMax()}). Unchanged in Jira 10/11: UNCONFIRMED. Only the members Glue Work uses.
 */
public class PagerFilter<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int start;
    private final int max;

    public PagerFilter(int start, int max) {
        this.start = start;
        this.max = max;
    }

    public int getStart() {
        return start;
    }

    public int getMax() {
        return max;
    }
}
