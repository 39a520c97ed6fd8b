package com.gluework.web.rest;

import com.gluework.core.model.Person;
import com.gluework.core.port.CategoryRepository;
import com.gluework.core.port.PeopleDirectory;
import com.gluework.core.service.ContributionRules;
import com.gluework.core.service.SuggestionService;
import com.gluework.core.suggest.GlueSuggestion;
import com.gluework.core.suggest.SuggestionEvidence;
import com.gluework.web.rest.dto.CategoryRefDto;
import com.gluework.web.rest.dto.PersonDto;
import com.gluework.web.rest.dto.SuggestionDto;
import com.gluework.web.view.CategoryNames;
import jakarta.inject.Inject;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns suggestions into {@link SuggestionDto}s: names looked up in one directory call per list, and only absolute
 * http(s) evidence links passed on (they come from Jira data anyone could type, so never a {@code javascript:} URL).
 */
public final class SuggestionDtoAssembler {
    private final SuggestionService suggestions;
    private final PeopleDirectory people;
    private final CategoryRepository categories;

    @Inject
    public SuggestionDtoAssembler(SuggestionService suggestions, PeopleDirectory people, CategoryRepository categories) {
        this.suggestions = suggestions;
        this.people = people;
        this.categories = categories;
    }

    public List<SuggestionDto> toDtos(Optional<String> viewer, List<GlueSuggestion> list) {
        Set<String> keys = list.stream().map(GlueSuggestion::personKey).collect(Collectors.toSet());
        Map<String, Person> known = keys.isEmpty() ? Map.of() : people.findPeople(keys);
        CategoryNames names = CategoryNames.of(categories.findAll());
        return list.stream().map(s -> new SuggestionDto(s.id(), s.issue().key(),
                new PersonDto(s.personKey(), known.containsKey(s.personKey()) ? known.get(s.personKey()).displayName() : s.personKey()),
                new CategoryRefDto(s.categoryKey(), names.nameOf(s.categoryKey())), s.summary(),
                s.confidence().level().name(), s.confidence().reason(),
                s.evidence().stream().map(SuggestionDtoAssembler::evidence).toList(),
                suggestions.canDismiss(viewer, s))).toList();
    }

    private static SuggestionDto.Evidence evidence(SuggestionEvidence e) {
        String link = e.linkToIt().map(URI::toString).flatMap(ContributionRules::parseEvidenceLink).map(URI::toString).orElse(null);
        return new SuggestionDto.Evidence(e.what(), e.at().toString(), link);
    }
}
