package com.gluework.preview.demo;

import java.util.List;
import java.util.Optional;

/** The people of docs/demo-story.md. Their user names are also their keys and — preview only — their passwords. */
public final class DemoTeam {
    public static final String ALICE = "alice";
    public static final String BOB = "bob";
    public static final String CAROL = "carol";
    public static final String DAVE = "dave";
    public static final String ERIN = "erin";
    public static final String FRANK = "frank";

    /**
     * @param joinedInSprint the first sprint the person worked in (erin joined in sprint 2)
     */
    public record Member(String key, String displayName, String role, String timeZone, int joinedInSprint) {
        public String email() {
            return key + "@payments.example";
        }
    }

    private static final List<Member> MEMBERS = List.of(
            new Member(ALICE, "Alice Moreau", "Team lead, project admin", "Europe/Paris", 1),
            new Member(BOB, "Bob Adeyemi", "Senior engineer", "Europe/London", 1),
            new Member(CAROL, "Carol Lindqvist", "Engineer", "Europe/Stockholm", 1),
            new Member(DAVE, "Dave Kowalski", "Staff engineer", "Europe/Warsaw", 1),
            new Member(ERIN, "Erin Castillo", "Engineer (joined in sprint 2)", "Europe/Madrid", 2),
            new Member(FRANK, "Frank Osei", "Senior engineer", "Europe/Berlin", 1));

    private DemoTeam() {
    }

    public static List<Member> members() {
        return MEMBERS;
    }

    public static Optional<Member> member(String key) {
        return MEMBERS.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    public static String displayName(String key) {
        return member(key).map(Member::displayName).orElse(key);
    }
}
