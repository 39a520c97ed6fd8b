package com.gluework.ao;

import net.java.ao.Query;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

public class NamedColumnsQueryTest {
    private static final String COLUMNS = "ID, CONTRIBUTION_ID,NOTE AS TEXT,COUNT(ID) AS N,MAX(CREATED_AT_MILLIS)";

    @Test
    public void selecting_shouldParseEachColumnAsActiveObjectsDoes() {
        // when
        List<String> ours = described(NamedColumnsQuery.selecting(COLUMNS));

        // then: name, alias and aggregate function as Active Objects' own parse gives them
        assertEquals(described(Query.select(COLUMNS)), ours);
        assertEquals("ID||", ours.get(0));
        assertEquals("NOTE|TEXT|", ours.get(2));
        assertEquals("ID|N|COUNT", ours.get(3));
    }

    @Test
    public void selecting_shouldParseAColumnOnceForEveryStatement() {
        // when: two statements name the same column
        Query.FieldMetadata first = NamedColumnsQuery.selecting("ID,BENEFICIARY_KEY").getFieldMetadata().get(1);
        Query.FieldMetadata again = NamedColumnsQuery.selecting("ID,BENEFICIARY_KEY").getFieldMetadata().get(1);

        // then
        assertSame(first, again);
    }

    private static List<String> described(Query query) {
        return query.getFieldMetadata().stream().map(f -> f.getColumnName() + "|" + f.getAlias().orElse("") + "|"
                + f.getAggregateFunction().orElse("")).toList();
    }
}
