package com.gluework.preview.pages;

import java.util.List;

/** What every preview page's frame shows: the header's user switcher and who is acting. */
public final class FrameView {
    private final List<UserOptionView> users;
    private final String currentUserName;

    public FrameView(List<UserOptionView> users, String currentUserName) {
        this.users = List.copyOf(users);
        this.currentUserName = currentUserName;
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
