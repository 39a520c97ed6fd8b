package com.gluework.confluence.macro;

/**
 * Carries a {@link SummaryProblem} from wherever it is found to the macro, which renders it as a message. Unchecked
 * because it crosses lambdas and response handlers; the macro catches it around everything it does.
 */
public final class SummaryProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SummaryProblem problem;

    SummaryProblemException(SummaryProblem problem, Throwable cause) {
        super(problem.kind() + (problem.detail().isEmpty() ? "" : ": " + problem.detail()), cause, false, false);
        this.problem = problem;
    }

    public SummaryProblem problem() {
        return problem;
    }
}
