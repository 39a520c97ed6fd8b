package com.gluework.core.privacy;

import java.time.Instant;

/**
 * A corroboration as stored, withdrawn ones included (the contribution itself only shows active ones).
 *
 * @param withdrawnAt {@code null} while it counts
 */
public record CorroborationRecord(long contributionId, String corroboratorKey, String note, Instant createdAt,
                                  Instant withdrawnAt) {
}
