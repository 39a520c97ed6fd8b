package com.gluework.web.view;

import com.gluework.core.report.SprintReportExport;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reports the page has just computed, each kept for a short while under an unguessable view token, so the page's
 * two charts and its CSV and Markdown downloads — separate requests the browser makes for the same view — are drawn
 * from the report the page was rendered from instead of computing it three to five times.
 *
 * <p>What a token gives: only the report of the viewer and sprint it was made for. {@link #find} compares both, so a
 * token sent by someone else (a shared link, a guessed value) finds nothing and that caller's report is computed for
 * them as if there were no token — never one viewer's data in another's response. What it does not give: freshness
 * beyond the page. A chart or download of a view shows the figures the page shows, even if glue was recorded
 * meanwhile; a new view (reload) computes again, and after {@link #LIFETIME} the view's later downloads do too.
 *
 * <p>Why a node-local map and not Atlassian Cache: an entry is an optimisation for requests that follow within
 * seconds, and a miss — another cluster node, a restart, an evicted entry — only costs a computation, with the same
 * answer. Bounded by {@link #CAPACITY} entries (each holds one sprint report and its export rows, a few MB for a 2,000-contribution sprint) and by time, so a
 * burst of views cannot grow the heap; nothing is static, one instance lives per host wiring.
 */
public final class ComputedReports {
    /** Long enough for the charts (seconds) and an export click after reading the page; short enough to stay small. */
    public static final Duration LIFETIME = Duration.ofMinutes(2);
    /** At most this many views' reports at once per node; the one closest to expiring makes room. */
    public static final int CAPACITY = 32;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Kept> byToken = new ConcurrentHashMap<>();

    public ComputedReports(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Keeps {@code export} for {@code viewerKey}'s view and answers the view's token (22 URL-safe characters). */
    public String keep(String viewerKey, SprintReportExport export) {
        Instant now = clock.instant();
        byToken.values().removeIf(k -> !k.expires.isAfter(now));
        while (byToken.size() >= CAPACITY) {
            byToken.entrySet().stream().min(Comparator.comparing(e -> e.getValue().expires))
                    .ifPresent(oldest -> byToken.remove(oldest.getKey()));
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        byToken.put(token, new Kept(Objects.requireNonNull(viewerKey, "viewerKey"), export, now.plus(LIFETIME)));
        return token;
    }

    /**
     * The report kept under {@code token}, if it was made for this viewer and this sprint and has not expired; empty
     * for an absent, unknown, expired or foreign token.
     */
    public Optional<SprintReportExport> find(String token, Optional<String> viewerKey, long sprintId) {
        if (token == null || token.isEmpty() || viewerKey.isEmpty()) {
            return Optional.empty();
        }
        Kept kept = byToken.get(token);
        if (kept == null || !kept.viewerKey.equals(viewerKey.get())
                || kept.export.report().sprint().id() != sprintId || !kept.expires.isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(kept.export);
    }

    /** How many views are kept now (expired ones included until the next {@link #keep}). */
    int size() {
        return byToken.size();
    }

    private record Kept(String viewerKey, SprintReportExport export, Instant expires) {
    }
}
