package co.kustom.ipp.support;

import co.kustom.ipp.platform.web.Problem;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches the {@link Problem} an aggregate refuses a command with. */
public final class ProblemMatchers {

    private ProblemMatchers() {
    }

    public static Matcher<Problem> problem(int status, String errorCode) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Problem problem) {
                return problem.status() == status && problem.errorCode().equals(errorCode);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + status + " problem " + errorCode);
            }
        };
    }

    /** A 400 whose errors name {@code field}. */
    public static Matcher<Problem> invalid(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Problem problem) {
                return problem.status() == 400 && problem.errors().containsKey(field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a 400 problem naming " + field);
            }
        };
    }

    /** A problem (of any status) whose errors name {@code field}. */
    public static Matcher<Problem> naming(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Problem problem) {
                return problem.errors().containsKey(field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a problem naming " + field);
            }
        };
    }
}
