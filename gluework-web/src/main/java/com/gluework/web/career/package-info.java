/**
 * Evidence packets in words: the calibration draft and 1:1 spotlight sentences ({@link com.gluework.web.career.CalibrationText})
 * and the Markdown export ({@link com.gluework.web.career.EvidencePacketMarkdown}), over the pure packet of
 * {@code com.gluework.core.career}. Every sentence is an i18n template filled with the data; the core decides what may
 * be said, this package only says it.
 */
package com.gluework.web.career;
