package co.kustom.ipp.session.api;

import java.util.UUID;

public record FindSession(UUID merchantId, UUID sessionId) {
}
