package co.kustom.ipp.callback.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import co.kustom.ipp.platform.domain.DomainRefusal;

/** The callback types (API.md §11), and what a webhook destination may ask for: some of them, or {@code "*"}. */
public final class CallbackTypes {

    public static final String SESSION_CREATED = "ipp.session.created";
    public static final String SESSION_ACTIVATED = "ipp.session.activated";
    public static final String SESSION_FINALIZED = "ipp.session.finalized";
    public static final String SESSION_CANCELLED = "ipp.session.cancelled";
    public static final String PAYMENT_FAILED = "ipp.payment.failed";
    public static final String SESSION_FAILED = "ipp.session.failed";
    public static final String SESSION_EXPIRED = "ipp.session.expired";
    public static final Set<String> ALL_TYPES = Set.of(SESSION_CREATED, SESSION_ACTIVATED, SESSION_FINALIZED,
            SESSION_CANCELLED, PAYMENT_FAILED, SESSION_FAILED, SESSION_EXPIRED);
    /** Every type, including ones added later. */
    public static final String ALL = "*";
    public static final List<String> EVERY_EVENT = List.of(ALL);

    private CallbackTypes() {
    }

    /** The events a destination asked for, without repeats; omitted means all; a 400 naming {@code events} else. */
    public static List<String> destinationEvents(List<String> requested) {
        if (requested == null) {
            return EVERY_EVENT;
        }
        if (requested.isEmpty()) {
            throw DomainRefusal.invalid("events", "must name at least one callback type, or \"*\" for all");
        }
        Set<String> events = new LinkedHashSet<>();
        for (String type : requested) {
            if (ALL.equals(type)) {
                return EVERY_EVENT;
            }
            if (!ALL_TYPES.contains(type)) {
                throw DomainRefusal.invalid("events", "\"" + type + "\" is not a callback type; expected \"*\" or "
                        + "some of " + ALL_TYPES.stream().sorted().toList());
            }
            events.add(type);
        }
        return List.copyOf(events);
    }

    public static boolean wants(List<String> events, String type) {
        return events.contains(ALL) || events.contains(type);
    }
}
