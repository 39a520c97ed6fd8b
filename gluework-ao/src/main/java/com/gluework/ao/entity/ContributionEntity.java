package com.gluework.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One contribution row. Storage choices, each for a reason:
 * <ul>
 *   <li>Issue id, key, project id and key are nullable: team glue need not belong to an issue. The issue summary is
 *       not stored; it belongs to the host and would go stale.</li>
 *   <li>{@code OCCURRED_ON} is an ISO-8601 date string ({@code 2026-11-25}): a calendar date has no time zone, and a
 *       {@code java.util.Date}/TIMESTAMP column would be shifted by each node's JVM zone through JDBC. The ISO form
 *       sorts and range-compares correctly as text and reads clearly in SQL.</li>
 *   <li>Instants are epoch milliseconds ({@code long}): TIMESTAMP columns without a zone are converted through the JVM
 *       zone by JDBC and are ambiguous in the autumn DST hour; a number is exact on every database.</li>
 *   <li>Summary is unlimited text, not VARCHAR: the rule is 255 <em>code points</em>, which can be 510 UTF-16 units,
 *       while H2 and SQL Server count VARCHAR length in UTF-16 units and AO caps VARCHAR at
 *       {@link StringLength#MAX_LENGTH} (450). Nothing looks a contribution up by its summary.</li>
 *   <li>Evidence links (at most 5, each up to 2,000 characters) are one unlimited column, one URL per line: a URI can
 *       never contain a line break, they are only ever read with their contribution, and it saves a query per read.</li>
 * </ul>
 */
@Table("CONTRIB")
public interface ContributionEntity extends Entity {

    @NotNull
    @Indexed
    String getCategoryKey();

    void setCategoryKey(String categoryKey);

    @NotNull
    @Indexed
    String getContributorKey();

    void setContributorKey(String contributorKey);

    @NotNull
    @Indexed
    String getRecordedByKey();

    void setRecordedByKey(String recordedByKey);

    @Indexed
    Long getIssueId();

    void setIssueId(Long issueId);

    @Indexed
    String getIssueKey();

    void setIssueKey(String issueKey);

    @Indexed
    Long getProjectId();

    void setProjectId(Long projectId);

    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    @Indexed
    @StringLength(10)
    String getOccurredOn();

    void setOccurredOn(String isoDate);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getSummary();

    void setSummary(String summary);

    @StringLength(StringLength.UNLIMITED)
    String getImpact();

    void setImpact(String impact);

    @StringLength(StringLength.UNLIMITED)
    String getEvidenceLinks();

    void setEvidenceLinks(String newlineSeparatedUrls);

    @NotNull
    @StringLength(20)
    String getContribState();

    void setContribState(String state);

    @NotNull
    @StringLength(20)
    String getContribSource();

    void setContribSource(String source);

    @NotNull
    long getCreatedAtMillis();

    void setCreatedAtMillis(long epochMillis);

    @NotNull
    long getUpdatedAtMillis();

    void setUpdatedAtMillis(long epochMillis);

    @NotNull
    int getRowVersion();

    void setRowVersion(int version);
}
