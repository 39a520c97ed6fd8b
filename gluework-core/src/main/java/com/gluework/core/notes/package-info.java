/**
 * Weekly glue notes: two or three lines a week about glue that belongs to no issue — the problem avoided, the
 * teammates unblocked — written by the person, dated by ISO week ({@link com.gluework.core.notes.IsoWeek}), and shown
 * either to the team or only to the person and their leads ({@link com.gluework.core.notes.NoteVisibility}).
 *
 * <p>Pure values and rules only: what a valid note is ({@link com.gluework.core.notes.WeeklyNoteRules}). Who may read
 * or write which note is decided by {@link com.gluework.core.service.WeeklyNoteService}; storage is the
 * {@link com.gluework.core.port.WeeklyNoteRepository} port, whose database enforces one note per person and week.
 */
package com.gluework.core.notes;
