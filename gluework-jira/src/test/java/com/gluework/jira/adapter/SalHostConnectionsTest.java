package com.gluework.jira.adapter;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import io.atlassian.fugue.Option;
import org.junit.Before;
import org.junit.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class SalHostConnectionsTest {
    private final TransactionalExecutorFactory executors = mock(TransactionalExecutorFactory.class);
    private final TransactionalExecutor executor = mock(TransactionalExecutor.class);
    private final Connection connection = mock(Connection.class);
    private final SalHostConnections host = new SalHostConnections(executors);

    @Before
    @SuppressWarnings("unchecked")
    public void executorLendsTheConnection() {
        when(executors.createExecutor(true, false)).thenReturn(executor);
        when(executor.execute(any())).thenAnswer(call -> ((ConnectionCallback<Object>) call.getArgument(0)).execute(connection));
    }

    @Test
    public void read_shouldRunOnSalsConnectionReadOnlyJoiningTheRequestsTransaction() throws SQLException {
        // when
        Connection used = host.read(lent -> lent);

        // then
        assertSame(connection, used);
        verify(executors).createExecutor(true, false);
    }

    @Test
    public void read_shouldHandTheStatementsSqlExceptionBackUnwrapped() {
        // given
        SQLException refused = new SQLException("relation does not exist", "42P01");

        // when / then: the caller sees the SQL state, which decides its fallback
        try {
            host.read(lent -> {
                throw refused;
            });
            fail("expected the SQLException");
        } catch (SQLException e) {
            assertSame(refused, e);
        }
    }

    @Test
    public void schema_shouldBeJirasConfiguredSchemaIfAny() {
        when(executor.getSchemaName()).thenReturn(Option.option("jiraschema"), Option.option(null));

        assertEquals(Optional.of("jiraschema"), host.schema());
        assertEquals(Optional.empty(), host.schema());
    }
}
