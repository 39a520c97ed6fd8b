package com.gluework.core.service;

import com.gluework.core.career.PacketView;
import com.gluework.core.error.AccessDeniedException;
import com.gluework.core.error.AuthenticationRequiredException;
import com.gluework.core.error.InvalidInputException;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionChange;
import com.gluework.core.model.Corroboration;
import com.gluework.core.model.Person;
import com.gluework.core.port.PeopleDirectory;
import com.gluework.core.port.SiteAdministrators;
import com.gluework.core.privacy.ContributionInvolvement;
import com.gluework.core.privacy.CorroborationRecord;
import com.gluework.core.privacy.DataExportRecord;
import com.gluework.core.privacy.PersonalDataExport;
import com.gluework.core.privacy.PersonalDataRecords;
import com.gluework.core.privacy.PersonalDataSection;
import com.gluework.core.privacy.PersonalDataStore;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The right of access (GDPR art. 15): a signed-in person exports everything Glue Work stores about them; a site
 * administrator exports anyone's, to answer a request made to the company. An administrator's export of someone else
 * is written to the audit log first, so nothing is disclosed unless the audit line is stored, and the person sees it
 * in their own next export.
 */
public class PersonalDataExportService {
    /** Jira's user keys are at most 255 characters; anything longer is not a key. */
    static final int MAX_KEY_LENGTH = 255;

    private final PersonalDataStore store;
    private final PeopleDirectory people;
    private final SiteAdministrators administrators;
    private final Clock clock;
    private final List<PersonalDataSection> sections;

    public PersonalDataExportService(PersonalDataStore store, PeopleDirectory people, SiteAdministrators administrators,
                                     Clock clock) {
        this(store, people, administrators, clock, List.of());
    }

    /** @param sections personal data of features with tables of their own (see {@link PersonalDataSection}) */
    public PersonalDataExportService(PersonalDataStore store, PeopleDirectory people, SiteAdministrators administrators,
                                     Clock clock, List<PersonalDataSection> sections) {
        this.store = store;
        this.people = people;
        this.administrators = administrators;
        this.clock = clock;
        this.sections = List.copyOf(sections);
    }

    /**
     * The caller's own data.
     *
     * @throws AuthenticationRequiredException nobody is signed in
     */
    public PersonalDataExport exportOwn(Optional<String> actorKey) {
        String actor = signedIn(actorKey);
        return export(actor, actor, clock.instant());
    }

    /**
     * Anyone's data, for a site administrator; unknown and anonymized keys are exported too (their rows are exactly
     * what such a request is about). Not audited when the administrator exports themselves.
     *
     * @throws AuthenticationRequiredException nobody is signed in
     * @throws AccessDeniedException           the caller is not a site administrator
     * @throws InvalidInputException           the key is blank or longer than a user key can be
     */
    public PersonalDataExport exportOf(Optional<String> actorKey, String personKey) {
        String actor = signedIn(actorKey);
        if (!administrators.isAdministrator(actor)) {
            throw new AccessDeniedException("user", "Only Jira administrators can export another person's data.");
        }
        if (personKey == null || personKey.isBlank() || personKey.length() > MAX_KEY_LENGTH) {
            throw new InvalidInputException("personKey", "A user key of 1 to " + MAX_KEY_LENGTH + " characters is required.");
        }
        Instant now = clock.instant();
        if (!actor.equals(personKey)) {
            store.recordExport(new DataExportRecord(actor, personKey, now));
        }
        return export(actor, personKey, now);
    }

    private PersonalDataExport export(String actor, String personKey, Instant now) {
        PersonalDataRecords records = store.recordsOf(personKey);
        Map<String, List<?>> extra = new LinkedHashMap<>();
        for (PersonalDataSection section : sections) {
            extra.put(section.name(), section.recordsOf(personKey));
        }
        Set<String> named = namedKeys(personKey, actor, records);
        Map<String, Person> found = people.findPeople(named);
        Map<String, Person> resolved = new LinkedHashMap<>();
        for (String key : named) {
            resolved.put(key, found.getOrDefault(key, Person.unknown(key)));
        }
        return new PersonalDataExport(resolved.get(personKey), actor, now, records, resolved, extra);
    }

    /** Every user key the export mentions, so each can be shown with a name. */
    private static Set<String> namedKeys(String personKey, String actor, PersonalDataRecords records) {
        Set<String> keys = new LinkedHashSet<>(List.of(personKey, actor));
        for (ContributionInvolvement involvement : records.contributions()) {
            Contribution c = involvement.contribution();
            keys.add(c.contributorKey());
            keys.add(c.recordedByKey());
            keys.addAll(c.beneficiaryKeys());
            c.corroborations().stream().map(Corroboration::corroboratorKey).forEach(keys::add);
        }
        records.corroborations().stream().map(CorroborationRecord::corroboratorKey).forEach(keys::add);
        records.historyEntries().stream().map(ContributionChange::actorKey).forEach(keys::add);
        records.packetViewsOfPerson().stream().map(PacketView::viewerKey).forEach(keys::add);
        records.packetViewsByPerson().stream().map(PacketView::personKey).forEach(keys::add);
        records.exportsOfPerson().stream().map(DataExportRecord::exporterKey).forEach(keys::add);
        return keys;
    }

    private static String signedIn(Optional<String> actorKey) {
        return actorKey.orElseThrow(() -> new AuthenticationRequiredException("user", "Log in to export personal data."));
    }
}
