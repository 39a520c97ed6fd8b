package com.gluework.web.rest;

import com.gluework.core.career.PacketView;
import com.gluework.core.model.Contribution;
import com.gluework.core.model.IssueRef;
import com.gluework.core.model.Person;
import com.gluework.core.privacy.ContributionInvolvement;
import com.gluework.core.privacy.PersonalDataExport;
import com.gluework.web.rest.dto.ExportedContributionDto;
import com.gluework.web.rest.dto.ExportedCorroborationDto;
import com.gluework.web.rest.dto.ExportedDataExportDto;
import com.gluework.web.rest.dto.ExportedHistoryEntryDto;
import com.gluework.web.rest.dto.ExportedPacketViewDto;
import com.gluework.web.rest.dto.FieldChangeDto;
import com.gluework.web.rest.dto.PersonDto;
import com.gluework.web.rest.dto.PersonalDataExportDto;

import java.net.URI;
import java.time.Instant;

/** {@link PersonalDataExport} as JSON: names resolved once by the service, instants as ISO-8601 strings. */
final class PersonalDataExportDtos {
    private PersonalDataExportDtos() {
    }

    static PersonalDataExportDto toDto(PersonalDataExport export) {
        var records = export.records();
        return new PersonalDataExportDto(person(export.person()), person(export, export.exportedByKey()),
                export.exportedAt().toString(),
                records.contributions().stream().map(i -> contribution(export, i)).toList(),
                records.corroborations().stream().map(c -> new ExportedCorroborationDto(c.contributionId(), c.note(),
                        c.createdAt().toString(), instant(c.withdrawnAt()))).toList(),
                records.historyEntries().stream().map(h -> new ExportedHistoryEntryDto(h.contributionId(), h.kind().name(),
                        h.at().toString(), h.fieldChanges().stream()
                        .map(f -> new FieldChangeDto(f.field(), f.before(), f.after())).toList())).toList(),
                records.packetViewsOfPerson().stream().map(v -> view(export, v)).toList(),
                records.packetViewsByPerson().stream().map(v -> view(export, v)).toList(),
                records.exportsOfPerson().stream().map(e -> new ExportedDataExportDto(person(export, e.exporterKey()),
                        e.exportedAt().toString())).toList(),
                export.sections());
    }

    private static ExportedContributionDto contribution(PersonalDataExport export, ContributionInvolvement involvement) {
        Contribution c = involvement.contribution();
        return new ExportedContributionDto(c.id(),
                involvement.roles().stream().map(Enum::name).sorted().toList(),
                c.issueRef().map(IssueRef::key).orElse(null), c.categoryKey(),
                person(export, c.contributorKey()), person(export, c.recordedByKey()), c.occurredOn().toString(),
                c.summary(), c.impact(), c.beneficiaryKeys().stream().map(k -> person(export, k)).toList(),
                c.evidenceLinks().stream().map(URI::toString).toList(), c.state().name(),
                c.corroborations().stream().map(k -> person(export, k.corroboratorKey())).toList(),
                c.createdAt().toString(), c.updatedAt().toString());
    }

    private static ExportedPacketViewDto view(PersonalDataExport export, PacketView view) {
        return new ExportedPacketViewDto(person(export, view.viewerKey()), person(export, view.personKey()),
                view.period().from().toString(), view.period().to().toString(), view.viewedAt().toString());
    }

    private static PersonDto person(PersonalDataExport export, String key) {
        return person(export.people().getOrDefault(key, Person.unknown(key)));
    }

    private static PersonDto person(Person person) {
        return new PersonDto(person.key(), person.displayName());
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
