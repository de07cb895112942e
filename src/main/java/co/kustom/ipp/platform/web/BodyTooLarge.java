package co.kustom.ipp.platform.web;

import java.io.IOException;

/** Thrown by a request body's stream when a body without a declared length grows past the limit; answered 413. */
public final class BodyTooLarge extends IOException {

    private final transient Problem problem;

    public BodyTooLarge(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
