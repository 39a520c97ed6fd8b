package com.gluework.web.rest;

import com.gluework.core.model.Contribution;
import com.gluework.core.model.Corroboration;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.Person;
import com.gluework.core.port.CategoryRepository;
import com.gluework.core.port.PeopleDirectory;
import com.gluework.web.rest.dto.CategoryRefDto;
import com.gluework.web.rest.dto.ContributionDto;
import com.gluework.web.rest.dto.CorroborationDto;
import com.gluework.web.rest.dto.PersonDto;
import com.gluework.web.view.CategoryNames;
import jakarta.inject.Inject;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns contributions into {@link ContributionDto}s, resolving user keys to display names in one directory call per
 * batch. Names are looked up at read time because only keys are stored (renames and anonymisation stay simple).
 */
public final class ContributionDtoAssembler {
    private final PeopleDirectory people;
    private final CategoryRepository categories;

    @Inject
    public ContributionDtoAssembler(PeopleDirectory people, CategoryRepository categories) {
        this.people = people;
        this.categories = categories;
    }

    public ContributionDto toDto(Contribution contribution) {
        return toDtos(List.of(contribution)).get(0);
    }

    public List<ContributionDto> toDtos(List<Contribution> contributions) {
        Map<String, Person> known = people.findPeople(Contribution.userKeys(contributions));
        CategoryNames categoryNames = CategoryNames.of(categories.findAll());
        Function<String, PersonDto> person = key -> new PersonDto(key,
                known.containsKey(key) ? known.get(key).displayName() : key);
        return contributions.stream().map(c -> new ContributionDto(
                c.id(),
                new CategoryRefDto(c.categoryKey(), categoryNames.nameOf(c.categoryKey())),
                person.apply(c.contributorKey()),
                person.apply(c.recordedByKey()),
                c.issueRef().map(IssueRef::key).orElse(null),
                c.occurredOn().toString(),
                c.summary(),
                c.impact(),
                c.beneficiaryKeys().stream().map(person).toList(),
                c.evidenceLinks().stream().map(URI::toString).toList(),
                c.state().name(),
                c.isPeerObservation(),
                c.corroborations().stream().map(k -> toDto(k, person)).toList(),
                c.createdAt().toString(),
                c.version())).toList();
    }

    private static CorroborationDto toDto(Corroboration corroboration, Function<String, PersonDto> person) {
        return new CorroborationDto(person.apply(corroboration.corroboratorKey()), corroboration.note(),
                corroboration.createdAt().toString());
    }
}
