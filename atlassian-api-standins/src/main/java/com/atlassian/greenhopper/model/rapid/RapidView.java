package com.atlassian.greenhopper.model.rapid;

/**
 * Compile-only stand-in: a Jira Software board ("rapid view").
 * <p>
 * Mirrors: Jira Software 11.x. {@code public class RapidView} with {@code Long getId()} and {@code String getName()}
 * per https://docs.atlassian.com/jira-software/6.0.3/com/atlassian/greenhopper/model/rapid/RapidView.html; the class is
 * still the board type in 10.6/11.1 signatures ({@code RapidViewService.getRapidView(ApplicationUser, Long)} etc.),
 * members there UNCONFIRMED. Real instances come from a builder; the stand-in's constructor is private and tests mock it.
 */
public class RapidView {

    private RapidView() {
    }

    public Long getId() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public String getName() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
