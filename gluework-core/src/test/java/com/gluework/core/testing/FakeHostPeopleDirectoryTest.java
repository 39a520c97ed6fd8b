package com.gluework.core.testing;

import com.gluework.core.model.Person;
import com.gluework.core.port.PeopleDirectory;

import java.util.List;

/** The fake host keeps the {@link PeopleDirectoryContract} the real hosts keep. */
public class FakeHostPeopleDirectoryTest extends PeopleDirectoryContract {
    @Override
    protected PeopleDirectory directoryOf(List<Person> people) {
        FakeHost host = new FakeHost();
        people.forEach(p -> host.withPerson(p.key(), p.displayName()));
        return host;
    }
}
