package com.gluework.ao;

import com.gluework.core.port.SuggestionDismissals;
import org.junit.Test;

import java.util.List;
import java.util.Set;

import static org.junit.Assert.assertEquals;

/** What every {@link SuggestionDismissals} promises; run against each adapter. */
public abstract class SuggestionDismissalsContract {
    private static final String T1 = "0123456789abcdef0123456789abcdef";
    private static final String T2 = "fedcba9876543210fedcba9876543210";
    private static final String T3 = "00000000000000000000000000000003";

    protected abstract SuggestionDismissals dismissals();

    /** Who dismissed the trace, one entry per stored row. */
    protected abstract List<String> rowsOf(String traceId);

    @Test
    public void dismissedOn_shouldReturnTheTracesOfTheAskedIssuesOnly() {
        // given
        dismissals().dismiss(10001, List.of(T1, T2), "alice");
        dismissals().dismiss(10002, List.of(T3), "bob");

        // then
        assertEquals(Set.of(T1, T2), dismissals().dismissedOn(List.of(10001L)));
        assertEquals(Set.of(T1, T2, T3), dismissals().dismissedOn(List.of(10001L, 10002L, 99L)));
        assertEquals(Set.of(), dismissals().dismissedOn(List.of(99L)));
        assertEquals(Set.of(), dismissals().dismissedOn(List.of()));
    }

    @Test
    public void dismiss_shouldBeIdempotentAndKeepTheFirstAnswer() {
        // given
        dismissals().dismiss(10001, List.of(T1), "alice");

        // when: answered again, by her and by someone else, with one more trace of the same suggestion
        dismissals().dismiss(10001, List.of(T1), "alice");
        dismissals().dismiss(10001, List.of(T1, T2), "bob");

        // then
        assertEquals(List.of("alice"), rowsOf(T1));
        assertEquals(List.of("bob"), rowsOf(T2));
        assertEquals(Set.of(T1, T2), dismissals().dismissedOn(List.of(10001L)));
    }

    @Test
    public void dismissedOn_shouldReadMoreIssuesThanOneInClauseHolds() {
        // given
        dismissals().dismiss(1200, List.of(T1), "alice");
        List<Long> ids = java.util.stream.LongStream.rangeClosed(1, 1200).boxed().toList();

        // then
        assertEquals(Set.of(T1), dismissals().dismissedOn(ids));
    }
}
