package com.gluework.web.testing;

import com.gluework.core.model.Contribution;
import com.gluework.core.model.ContributionSource;
import com.gluework.core.model.ContributionState;
import com.gluework.core.model.Corroboration;
import com.gluework.core.model.IssueRef;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds a stored {@link Contribution} for view and template tests: alice's review on GW-1 unless told otherwise. */
public final class ContributionBuilder {
    public static final IssueRef GW_1 = new IssueRef(10001, "GW-1", 2290, "GW", "Summary of GW-1");

    private long id = 1;
    private String categoryKey = "review";
    private String contributorKey = "alice";
    private String recordedByKey = "alice";
    private IssueRef issue = GW_1;
    private LocalDate occurredOn = LocalDate.of(2026, 11, 24);
    private String summary = "Caught a data race in the retry path";
    private String impact = "";
    private List<String> beneficiaryKeys = List.of();
    private List<URI> evidenceLinks = List.of();
    private int version = 1;
    private ContributionState state = ContributionState.ACTIVE;
    private Instant createdAt = InMemoryGlueWork.NOW;
    private final List<Corroboration> corroborations = new ArrayList<>();

    public static ContributionBuilder aContribution() {
        return new ContributionBuilder();
    }

    public ContributionBuilder id(long value) {
        this.id = value;
        return this;
    }

    public ContributionBuilder category(String key) {
        this.categoryKey = key;
        return this;
    }

    public ContributionBuilder by(String userKey) {
        this.contributorKey = userKey;
        this.recordedByKey = userKey;
        return this;
    }

    /** A peer observation: {@code recorder} noticed {@code contributor}'s glue. */
    public ContributionBuilder noticedBy(String recorder) {
        this.recordedByKey = recorder;
        return this;
    }

    public ContributionBuilder summary(String text) {
        this.summary = text;
        return this;
    }

    public ContributionBuilder impact(String text) {
        this.impact = text;
        return this;
    }

    public ContributionBuilder occurredOn(LocalDate date) {
        this.occurredOn = date;
        return this;
    }

    public ContributionBuilder helped(String... userKeys) {
        this.beneficiaryKeys = List.of(userKeys);
        return this;
    }

    public ContributionBuilder version(int value) {
        this.version = value;
        return this;
    }

    /** Links as stored; {@link URI#create} accepts {@code javascript:…}, which lets tests prove views drop it. */
    public ContributionBuilder evidence(String... links) {
        this.evidenceLinks = Arrays.stream(links).map(URI::create).toList();
        return this;
    }

    public ContributionBuilder retired() {
        this.state = ContributionState.RETIRED;
        return this;
    }

    public ContributionBuilder createdAt(Instant instant) {
        this.createdAt = instant;
        return this;
    }

    public ContributionBuilder corroboratedBy(String... userKeys) {
        for (String key : userKeys) {
            corroborations.add(new Corroboration(corroborations.size() + 1L, id, key, "", createdAt));
        }
        return this;
    }

    public ContributionBuilder corroboratedWithNote(String userKey, String note) {
        corroborations.add(new Corroboration(corroborations.size() + 1L, id, userKey, note, createdAt));
        return this;
    }

    public Contribution build() {
        return new Contribution(id, categoryKey, contributorKey, recordedByKey, issue, occurredOn, summary, impact,
                beneficiaryKeys, evidenceLinks, state, ContributionSource.MANUAL, createdAt, createdAt, version, corroborations);
    }
}
