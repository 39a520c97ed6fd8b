package com.gluework.web.view;

import java.util.List;

/**
 * The "My glue" page body: this week's note form, the recent notes, and the timeline over the chosen period with its
 * category shares and what is still uncorroborated. Plain values only; the escaping renderer escapes every one.
 */
public final class MyGlueView {
    public static final String TEMPLATE = "templates/gluework/my-glue.vm";
    public static final String CONTEXT_KEY = "myglue";

    private final String personName;
    private final String from;
    private final String to;
    private final String pageUrl;
    private final String previousWeekUrl;
    private final String nextWeekUrl;
    private final String packetUrl;
    private final String week;
    private final String weekMonday;
    private final String weekSunday;
    private final String noteVersion;
    private final List<String> noteLines;
    private final boolean notePrivate;
    private final int maxLineLength;
    private final List<NoteView> notes;
    private final List<TimelineEntryView> entries;
    private final List<CategoryShareView> shares;
    private final List<UncorroboratedView> uncorroborated;
    private final long contributionCount;
    private final long corroborationCount;

    MyGlueView(String personName, String from, String to, String pageUrl, String previousWeekUrl, String nextWeekUrl,
               String packetUrl, String week,
               String weekMonday, String weekSunday, String noteVersion, List<String> noteLines, boolean notePrivate,
               int maxLineLength, List<NoteView> notes, List<TimelineEntryView> entries, List<CategoryShareView> shares,
               List<UncorroboratedView> uncorroborated, long contributionCount, long corroborationCount) {
        this.personName = personName;
        this.from = from;
        this.to = to;
        this.pageUrl = pageUrl;
        this.previousWeekUrl = previousWeekUrl;
        this.nextWeekUrl = nextWeekUrl;
        this.packetUrl = packetUrl;
        this.week = week;
        this.weekMonday = weekMonday;
        this.weekSunday = weekSunday;
        this.noteVersion = noteVersion;
        this.noteLines = List.copyOf(noteLines);
        this.notePrivate = notePrivate;
        this.maxLineLength = maxLineLength;
        this.notes = List.copyOf(notes);
        this.entries = List.copyOf(entries);
        this.shares = List.copyOf(shares);
        this.uncorroborated = List.copyOf(uncorroborated);
        this.contributionCount = contributionCount;
        this.corroborationCount = corroborationCount;
    }

    public String getPersonName() {
        return personName;
    }

    public String getFrom() {
        return from;
    }

    public String getTo() {
        return to;
    }

    /** Where the period form sends its GET: this page's own address. */
    public String getPageUrl() {
        return pageUrl;
    }

    /** This page with the note form on the week before, same period. */
    public String getPreviousWeekUrl() {
        return previousWeekUrl;
    }

    /** This page with the note form on the week after, same period; "" when the form is on the current week. */
    public String getNextWeekUrl() {
        return nextWeekUrl;
    }

    /** The evidence packet page for the same period. */
    public String getPacketUrl() {
        return packetUrl;
    }

    /** The week the note form writes, {@code 2026-W49}. */
    public String getWeek() {
        return week;
    }

    public String getWeekMonday() {
        return weekMonday;
    }

    public String getWeekSunday() {
        return weekSunday;
    }

    /** The stored note's version, or "" when the week has no note yet (the form then writes the first one). */
    public String getNoteVersion() {
        return noteVersion;
    }

    /** Always three lines, "" where the note has none, one per input of the form. */
    public List<String> getNoteLines() {
        return noteLines;
    }

    public boolean isNotePrivate() {
        return notePrivate;
    }

    public int getMaxLineLength() {
        return maxLineLength;
    }

    public List<NoteView> getNotes() {
        return notes;
    }

    public List<TimelineEntryView> getEntries() {
        return entries;
    }

    public List<CategoryShareView> getShares() {
        return shares;
    }

    public List<UncorroboratedView> getUncorroborated() {
        return uncorroborated;
    }

    public long getContributionCount() {
        return contributionCount;
    }

    public long getCorroborationCount() {
        return corroborationCount;
    }

    /** One of the person's weekly notes, as listed under the form. */
    public static final class NoteView {
        private final String week;
        private final String editUrl;
        private final List<String> lines;
        private final boolean privateNote;

        NoteView(String week, String editUrl, List<String> lines, boolean privateNote) {
            this.week = week;
            this.editUrl = editUrl;
            this.lines = List.copyOf(lines);
            this.privateNote = privateNote;
        }

        public String getWeek() {
            return week;
        }

        /** This page with the note form on this note's week. */
        public String getEditUrl() {
            return editUrl;
        }

        public List<String> getLines() {
            return lines;
        }

        public boolean isPrivateNote() {
            return privateNote;
        }
    }

    /** One line of the timeline. */
    public static final class TimelineEntryView {
        private final String day;
        private final boolean corroboration;
        private final String summary;
        private final String issueKey;
        private final String categoryName;
        private final String corroboratorName;

        TimelineEntryView(String day, boolean corroboration, String summary, String issueKey, String categoryName,
                          String corroboratorName) {
            this.day = day;
            this.corroboration = corroboration;
            this.summary = summary;
            this.issueKey = issueKey;
            this.categoryName = categoryName;
            this.corroboratorName = corroboratorName;
        }

        public String getDay() {
            return day;
        }

        /** A corroboration received rather than glue done. */
        public boolean isCorroboration() {
            return corroboration;
        }

        public String getSummary() {
            return summary;
        }

        /** "" for team glue not tied to an issue. */
        public String getIssueKey() {
            return issueKey;
        }

        public String getCategoryName() {
            return categoryName;
        }

        /** "" unless {@link #isCorroboration()}. */
        public String getCorroboratorName() {
            return corroboratorName;
        }
    }

    /** One category's share of the period's glue. */
    public static final class CategoryShareView {
        private final String categoryName;
        private final int count;
        private final int percent;

        CategoryShareView(String categoryName, int count, int percent) {
            this.categoryName = categoryName;
            this.count = count;
            this.percent = percent;
        }

        public String getCategoryName() {
            return categoryName;
        }

        public int getCount() {
            return count;
        }

        public int getPercent() {
            return percent;
        }
    }

    /** Glue nobody has corroborated yet. */
    public static final class UncorroboratedView {
        private final String summary;
        private final String issueKey;
        private final String categoryName;
        private final String occurredOn;
        private final boolean evidenced;

        UncorroboratedView(String summary, String issueKey, String categoryName, String occurredOn, boolean evidenced) {
            this.summary = summary;
            this.issueKey = issueKey;
            this.categoryName = categoryName;
            this.occurredOn = occurredOn;
            this.evidenced = evidenced;
        }

        public String getSummary() {
            return summary;
        }

        public String getIssueKey() {
            return issueKey;
        }

        public String getCategoryName() {
            return categoryName;
        }

        public String getOccurredOn() {
            return occurredOn;
        }

        /** It links to evidence, so it is not only the person's word. */
        public boolean isEvidenced() {
            return evidenced;
        }
    }
}
