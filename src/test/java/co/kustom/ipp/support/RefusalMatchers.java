package co.kustom.ipp.support;

import co.kustom.ipp.platform.domain.Refusal;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches the {@link Refusal} an aggregate refuses a command with. */
public final class RefusalMatchers {

    private RefusalMatchers() {
    }

    public static Matcher<Refusal> refused(Refusal.Kind kind, String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Refusal refusal) {
                return refusal.kind() == kind && refusal.code().equals(code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("refused as " + kind + " " + code);
            }
        };
    }

    /** Invalid, naming {@code field}. */
    public static Matcher<Refusal> invalid(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Refusal refusal) {
                return refusal.kind() == Refusal.Kind.INVALID && refusal.errors().containsKey(field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("refused as invalid, naming " + field);
            }
        };
    }

    /** Refused (of any kind), naming {@code field}. */
    public static Matcher<Refusal> naming(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Refusal refusal) {
                return refusal.errors().containsKey(field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("refused, naming " + field);
            }
        };
    }
}
