package co.kustom.ipp.session.api;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import co.kustom.ipp.platform.web.PageQuery;

/** The merchant's sessions matching every given filter (null or empty: not filtered), newest first. */
public record ListSessions(UUID merchantId, Set<SessionStatus> statuses, UUID deviceId, UUID locationId,
                           String merchantReference1, PaymentMethod paymentMethod, Instant createdFrom,
                           Instant createdTo, PageQuery page) {
}
