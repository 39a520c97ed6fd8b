package com.gluework.core.testing;

import com.gluework.core.port.SprintSource;

import java.util.List;

/** The in-memory source keeps the {@link SprintSourceContract} the Jira adapter keeps. */
public class InMemorySprintSourceContractTest extends SprintSourceContract {
    @Override
    protected SprintSource source() {
        return new InMemorySprintSource().withBoard(1, PAYMENTS.name()).withBoard(3, SECRET.name()).withBoard(2, ALPHA.name())
                .withSprint(S12, List.of()).withSprint(S11, List.of()).withSprint(S21, List.of()).withSprint(S31, List.of())
                .hidingBoardFrom(VIEWER, SECRET.id());
    }

    @Override
    protected SprintSource unavailableSource() {
        return new InMemorySprintSource().unavailable();
    }
}
