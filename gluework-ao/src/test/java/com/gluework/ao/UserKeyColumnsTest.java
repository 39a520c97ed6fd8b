package com.gluework.ao;

import com.gluework.ao.UserKeyColumns.Column;
import net.java.ao.RawEntity;
import org.junit.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

/**
 * Every text column of every entity in {@link GlueWorkEntities#ALL} is classified in {@link UserKeyColumns}: as a
 * user-key column (then anonymization rewrites it) or as holding no user key. A new entity or column fails here until
 * someone decides, so no table that stores a user key can be forgotten by the anonymization handlers.
 */
public class UserKeyColumnsTest {

    @Test
    public void everyTextColumnOfEveryEntity_shouldBeClassifiedExactlyOnce() {
        List<String> problems = new ArrayList<>();
        for (Class<? extends RawEntity<?>> entity : GlueWorkEntities.ALL) {
            Set<String> userKeys = new HashSet<>();
            UserKeyColumns.USER_KEYS.stream().filter(c -> c.entity() == entity).forEach(c -> userKeys.add(c.name()));
            Set<String> others = UserKeyColumns.NOT_USER_KEYS.get(entity);
            if (others == null) {
                problems.add(entity.getSimpleName() + " is not classified in UserKeyColumns.NOT_USER_KEYS");
                continue;
            }
            Set<String> textColumns = textColumns(entity);
            for (String column : textColumns) {
                boolean isKey = userKeys.contains(column);
                boolean isOther = others.contains(column);
                if (isKey == isOther) {
                    problems.add(entity.getSimpleName() + "." + column + (isKey ? " is classified twice" : " is not classified"));
                }
            }
            for (String column : userKeys) {
                if (!textColumns.contains(column)) {
                    problems.add(entity.getSimpleName() + "." + column + " is registered but not a text column");
                }
            }
            for (String column : others) {
                if (!textColumns.contains(column)) {
                    problems.add(entity.getSimpleName() + "." + column + " is listed but not a text column");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(GlueWorkEntities.ALL.size(), UserKeyColumns.NOT_USER_KEYS.size());
    }

    @Test
    public void columnsNamedLikeUserKeys_shouldAllBeRegisteredAsUserKeys() {
        // a column whose name says "user", "person", "viewer", "actor" or ends in a people role is a user key
        List<String> suspicious = new ArrayList<>();
        for (Class<? extends RawEntity<?>> entity : GlueWorkEntities.ALL) {
            for (String column : textColumns(entity)) {
                boolean soundsLikeAPerson = column.matches(".*(USER|PERSON|VIEWER|ACTOR|CONTRIBUTOR|CORROBORATOR|BENEFICIARY|RECORDED_BY|AUTHOR|OWNER|LEAD).*");
                boolean registered = UserKeyColumns.USER_KEYS.stream()
                        .anyMatch(c -> c.entity() == entity && c.name().equals(column));
                if (soundsLikeAPerson && !registered) {
                    suspicious.add(entity.getSimpleName() + "." + column);
                }
            }
        }
        assertEquals(List.of(), suspicious);
    }

    @Test
    public void everyRegisteredColumn_shouldHaveTheAccessorsTheStoreCalls() {
        for (Column column : UserKeyColumns.USER_KEYS) {
            assertNotNull(AoPersonalDataStore.accessor(column, "get"));
            assertNotNull(AoPersonalDataStore.accessor(column, "set"));
        }
    }

    /** Column names of the String getters, as Atlassian's field name converter makes them (getFooBar -> FOO_BAR). */
    private static Set<String> textColumns(Class<?> entity) {
        Set<String> columns = new HashSet<>();
        for (Method method : entity.getMethods()) {
            if (method.getName().startsWith("get") && method.getParameterCount() == 0 && method.getReturnType() == String.class) {
                columns.add(method.getName().substring(3).replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
            }
        }
        return columns;
    }
}
