package com.gluework.preview.http;

import com.gluework.core.model.Person;
import com.gluework.core.port.PeopleDirectory;

import java.util.Optional;

/**
 * PREVIEW ONLY — NOT AUTHENTICATION. Every demo user's password is their user name, and the user switcher's cookie
 * names a user without any secret, so anyone who can reach the preview can act as anyone. That is the point of a
 * demo host on a developer's machine; never expose the preview to a network you do not trust, and never copy this
 * into a product. In Jira and Confluence the host authenticates, and Glue Work only asks who the user is.
 */
public final class DemoLogins {
    private final PeopleDirectory people;

    public DemoLogins(PeopleDirectory people) {
        this.people = people;
    }

    /** The user key for HTTP Basic credentials: a known, active user whose password equals their user name. */
    public Optional<String> authenticate(String username, String password) {
        if (username == null || username.isEmpty() || !username.equals(password)) {
            return Optional.empty();
        }
        return activeUser(username);
    }

    /** The user key named by the user switcher's cookie, if it names a known, active user. */
    public Optional<String> switchedTo(String userKey) {
        return userKey == null || userKey.isEmpty() ? Optional.empty() : activeUser(userKey);
    }

    private Optional<String> activeUser(String key) {
        return people.findPerson(key).filter(Person::active).map(Person::key);
    }
}
