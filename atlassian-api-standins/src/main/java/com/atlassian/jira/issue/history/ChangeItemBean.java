package com.atlassian.jira.issue.history;

import java.sql.Timestamp;

/**
 * Compile-only stand-in: one changed field inside a change group ({@code field = "status"}, {@code fromString}/
 * {@code toString} are the status names).
 * <p>
 * Mirrors: jira-api 11.3 (Platform 8). Checked against Jira's original source of this class (a public copy found through
 * the code index: {@code @PublicApi public class ChangeItemBean}, constants {@code STATIC_FIELD = "jira"} /
 * {@code CUSTOM_FIELD = "custom"}, the 6-argument constructor and plain getters); see also
 * docs/atlassian-signatures.md §7.13 (status P there; the getters below are now confirmed). A simple
 * bean, so the stand-in holds values (tests build real ones); only the members Glue Work uses.
 */
public class ChangeItemBean {
    public static final String STATIC_FIELD = "jira";

    private final String fieldType;
    private final String field;
    private final String from;
    private final String fromString;
    private final String to;
    private final String toString;
    private final Timestamp created;

    public ChangeItemBean(String fieldType, String field, String from, String fromString, String to, String toString) {
        this(fieldType, field, from, fromString, to, toString, null);
    }

    public ChangeItemBean(String fieldType, String field, String from, String fromString, String to, String toString,
                          Timestamp created) {
        this.fieldType = fieldType;
        this.field = field;
        this.from = from;
        this.fromString = fromString;
        this.to = to;
        this.toString = toString;
        this.created = created;
    }

    public String getFieldType() {
        return fieldType;
    }

    public String getField() {
        return field;
    }

    public String getFrom() {
        return from;
    }

    public String getFromString() {
        return fromString;
    }

    public String getTo() {
        return to;
    }

    public String getToString() {
        return toString;
    }

    public Timestamp getCreated() {
        return created;
    }
}
