package com.gluework.web.rest.dto;

import java.util.List;
import java.util.Map;

/**
 * Everything Glue Work stores about one person (issue 11), with every person it names resolved to a display name.
 * Instants are ISO-8601 in UTC.
 *
 * @param additionalSections personal data of features with tables of their own, by section name (empty until such a
 *                           feature plugs in; see {@code com.gluework.core.privacy.PersonalDataSection})
 */
public record PersonalDataExportDto(PersonDto person, PersonDto exportedBy, String exportedAt,
                                    List<ExportedContributionDto> contributions,
                                    List<ExportedCorroborationDto> corroborations,
                                    List<ExportedHistoryEntryDto> historyEntries,
                                    List<ExportedPacketViewDto> packetViewsOfPerson,
                                    List<ExportedPacketViewDto> packetViewsByPerson,
                                    List<ExportedDataExportDto> exportsOfPerson,
                                    Map<String, List<?>> additionalSections) {
}
