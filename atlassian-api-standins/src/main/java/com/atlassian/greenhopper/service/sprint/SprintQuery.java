package com.atlassian.greenhopper.service.sprint;

import java.util.Set;

/**
 * Compile-only stand-in: which sprints {@link SprintService#getSprints} should list.
 * <p>
 * Mirrors: Jira Software 10.6/11.x, https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/service/sprint/class-use/SprintQuery.Builder.html
 * ({@code static SprintQuery.Builder SprintQuery.builder()} and {@code SprintQuery.Builder states(Set<Sprint.State> states)},
 * "Set the set which defines possible sprint states"); {@code build()} as called in repo atlascommunity/jira-plugins-groovy:
 * src/main/java/ru/mail/jira/plugins/groovy/impl/jsw/JiraSoftwareHelperImpl.java
 * ({@code SprintQuery.builder().states(EnumSet.of(Sprint.State.ACTIVE)).build()}). Unlike most stand-ins the builder
 * works, so that unit tests can run the code that calls it; it keeps nothing. Only the members Glue Work calls.
 */
public class SprintQuery {

    private SprintQuery() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static class Builder {

        private Builder() {
        }

        public Builder states(Set<Sprint.State> states) {
            return this;
        }

        public SprintQuery build() {
            return new SprintQuery();
        }
    }
}
