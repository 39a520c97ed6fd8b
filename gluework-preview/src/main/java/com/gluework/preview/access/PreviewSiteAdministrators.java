package com.gluework.preview.access;

import com.gluework.core.model.Person;
import com.gluework.core.port.PeopleDirectory;
import com.gluework.core.port.SiteAdministrators;

import java.util.Set;

/** Jira's "Jira administrators" global permission, as a list of keys; only active users the directory knows hold it. */
public final class PreviewSiteAdministrators implements SiteAdministrators {
    private final PeopleDirectory people;
    private final Set<String> administrators;

    public PreviewSiteAdministrators(PeopleDirectory people, Set<String> administrators) {
        this.people = people;
        this.administrators = Set.copyOf(administrators);
    }

    @Override
    public boolean isAdministrator(String userKey) {
        return userKey != null && administrators.contains(userKey)
                && people.findPerson(userKey).map(Person::active).orElse(false);
    }
}
