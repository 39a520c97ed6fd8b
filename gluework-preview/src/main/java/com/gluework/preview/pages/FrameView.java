package com.gluework.preview.pages;

import java.util.List;

/**
 * What every preview page's frame shows: who is acting, and either the demo's user switcher or, on a live Jira, which
 * Jira is read (no switcher there: the preview acts as the token's owner only).
 */
public final class FrameView {
    private final List<UserOptionView> users;
    private final String currentUserName;
    private final String jiraUrl;
    private final boolean administrator;

    /** The demo's frame, with the user switcher. */
    public FrameView(List<UserOptionView> users, String currentUserName) {
        this(users, currentUserName, "");
    }

    private FrameView(List<UserOptionView> users, String currentUserName, String jiraUrl) {
        this(users, currentUserName, jiraUrl, false);
    }

    private FrameView(List<UserOptionView> users, String currentUserName, String jiraUrl, boolean administrator) {
        this.administrator = administrator;
        this.users = List.copyOf(users);
        this.currentUserName = currentUserName;
        this.jiraUrl = jiraUrl;
    }

    /**
     * The frame on a live Jira: no switcher, no demo wording.
     *
     * @param currentUserName the token owner's name, empty while Jira has not named them
     */
    public static FrameView live(String currentUserName, String jiraUrl) {
        return new FrameView(List.of(), currentUserName, jiraUrl);
    }

    /** The same frame, with the "Glue Work admin" link when the viewer administers Glue Work. */
    public FrameView withAdministrator(boolean isAdministrator) {
        return new FrameView(users, currentUserName, jiraUrl, isAdministrator);
    }

    /** Whether the viewer administers Glue Work (the frame links the admin page). */
    public boolean isAdministrator() {
        return administrator;
    }

    /** True on the demo team (switcher, demo banner); false on a live Jira. */
    public boolean isDemo() {
        return jiraUrl.isEmpty();
    }

    /** The live Jira's base URL; empty on the demo. */
    public String getJiraUrl() {
        return jiraUrl;
    }

    public List<UserOptionView> getUsers() {
        return users;
    }

    /** Empty when nobody is chosen (anonymous). */
    public String getCurrentUserName() {
        return currentUserName;
    }

    public boolean isLoggedIn() {
        return !currentUserName.isEmpty();
    }

    /** One entry of the user switcher. */
    public static final class UserOptionView {
        private final String key;
        private final String displayName;
        private final boolean selected;

        public UserOptionView(String key, String displayName, boolean selected) {
            this.key = key;
            this.displayName = displayName;
            this.selected = selected;
        }

        public String getKey() {
            return key;
        }

        public String getDisplayName() {
            return displayName;
        }

        public boolean isSelected() {
            return selected;
        }
    }
}
