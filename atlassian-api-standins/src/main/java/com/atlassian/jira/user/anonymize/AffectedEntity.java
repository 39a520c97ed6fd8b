package com.atlassian.jira.user.anonymize;

/**
 * Compile-only stand-in: one line of the "what will change" list Jira shows an admin before anonymizing a user.
 * <p>
 * Mirrors: jira-api 11.3, docs/atlassian-signatures.md §7.18 (C): built with
 * {@code AffectedEntity.newBuilder(AffectedEntityType).descriptionKey(String).numberOfOccurrences(Long).build()}, as
 * the decompiled {@code WhisperMessagesAnonymizationHandler} and {@code JiraStreamsUsernameChangeHandler} do. The
 * getters below are UNCONFIRMED (Glue Work's code never calls them; its tests read what the builder was given through
 * them, and would be rewritten against the real type's getters if they differ).
 */
public class AffectedEntity {
    private final AffectedEntityType type;
    private final String descriptionKey;
    private final Long numberOfOccurrences;

    private AffectedEntity(Builder builder) {
        this.type = builder.type;
        this.descriptionKey = builder.descriptionKey;
        this.numberOfOccurrences = builder.numberOfOccurrences;
    }

    public static Builder newBuilder(AffectedEntityType type) {
        return new Builder(type);
    }

    public AffectedEntityType getType() {
        return type;
    }

    public String getDescriptionKey() {
        return descriptionKey;
    }

    public Long getNumberOfOccurrences() {
        return numberOfOccurrences;
    }

    /** The builder; {@code AffectedEntity.Builder} as the nested class name is UNCONFIRMED (callers never name it). */
    public static class Builder {
        private final AffectedEntityType type;
        private String descriptionKey;
        private Long numberOfOccurrences;

        private Builder(AffectedEntityType type) {
            this.type = type;
        }

        public Builder descriptionKey(String descriptionKey) {
            this.descriptionKey = descriptionKey;
            return this;
        }

        public Builder numberOfOccurrences(Long numberOfOccurrences) {
            this.numberOfOccurrences = numberOfOccurrences;
            return this;
        }

        public AffectedEntity build() {
            return new AffectedEntity(this);
        }
    }
}
