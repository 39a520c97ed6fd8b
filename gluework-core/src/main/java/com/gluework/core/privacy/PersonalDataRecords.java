package com.gluework.core.privacy;

import com.gluework.core.career.PacketView;
import com.gluework.core.model.ContributionChange;

import java.util.List;

/**
 * Everything Glue Work's own tables hold about one person, found through every user-key column.
 *
 * @param contributions       contributions that name them (done, recorded, helped, or helped until an edit), oldest first
 * @param corroborations      corroborations they gave, withdrawn ones included
 * @param historyEntries      history entries they made (edits, corroborations, retirements...)
 * @param packetViewsOfPerson who opened their evidence packets
 * @param packetViewsByPerson whose evidence packets they opened
 * @param exportsOfPerson     administrators' exports of their personal data
 */
public record PersonalDataRecords(List<ContributionInvolvement> contributions, List<CorroborationRecord> corroborations,
                                  List<ContributionChange> historyEntries, List<PacketView> packetViewsOfPerson,
                                  List<PacketView> packetViewsByPerson, List<DataExportRecord> exportsOfPerson) {
    public PersonalDataRecords {
        contributions = List.copyOf(contributions);
        corroborations = List.copyOf(corroborations);
        historyEntries = List.copyOf(historyEntries);
        packetViewsOfPerson = List.copyOf(packetViewsOfPerson);
        packetViewsByPerson = List.copyOf(packetViewsByPerson);
        exportsOfPerson = List.copyOf(exportsOfPerson);
    }
}
