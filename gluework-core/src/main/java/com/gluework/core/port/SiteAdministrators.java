package com.gluework.core.port;

/** Who administers the whole site (Jira's "Jira administrators" global permission): the people who answer data requests. */
public interface SiteAdministrators {

    boolean isAdministrator(String userKey);
}
