package co.kustom.ipp.callback;

import java.time.Instant;
import java.util.UUID;

import co.kustom.ipp.callback.api.CallbackDeliveryDto;
import co.kustom.ipp.callback.api.DeliveryStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One callback to one destination: the outbox row written with its event, and the log of its attempts. */
@Entity
@Table(name = "callback_delivery")
class CallbackDelivery {

    @Id
    private String deliveryId;
    /** The callback's {@code id} and {@code webhook-id}: one event's, the same at every destination. */
    @Column(nullable = false)
    private String webhookId;
    @Column(nullable = false)
    private UUID destinationId;
    @Column(nullable = false)
    private UUID merchantId;
    @Column(nullable = false)
    private UUID sessionId;
    /** The event's sequence number in its session: a session's deliveries to a destination go out in this order. */
    @Column(nullable = false)
    private long sequence;
    @Column(nullable = false)
    private String type;
    @Column(nullable = false, columnDefinition = "text")
    private String payload;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryStatus status;
    @Column(nullable = false)
    private int attempts;
    private Integer lastStatusCode;
    @Column(length = 1024)
    private String lastError;
    @Column(nullable = false)
    private Instant nextAttemptAt;
    /** Retries stop when this is longer ago than the give-up setting; a resend starts a new window. */
    @Column(nullable = false)
    private Instant windowStartedAt;
    private String claimedBy;
    private Instant claimedUntil;
    @Column(nullable = false)
    private Instant createdAt;
    private Instant deliveredAt;
    @Column(length = 55)
    private String traceparent;

    protected CallbackDelivery() {
    }

    /** {@code createdAt} is the event's time; {@code traceparent} the W3C trace context of the request behind it. */
    CallbackDelivery(String deliveryId, String webhookId, UUID destinationId, UUID merchantId, UUID sessionId,
                     long sequence, String type, String payload, Instant createdAt, Instant now, String traceparent) {
        this.deliveryId = deliveryId;
        this.webhookId = webhookId;
        this.destinationId = destinationId;
        this.merchantId = merchantId;
        this.sessionId = sessionId;
        this.sequence = sequence;
        this.type = type;
        this.payload = payload;
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = now;
        this.windowStartedAt = now;
        this.createdAt = createdAt;
        this.traceparent = traceparent;
    }

    CallbackDeliveryDto toDto() {
        return new CallbackDeliveryDto(deliveryId, webhookId, destinationId, sessionId, type, status, attempts,
                lastStatusCode, lastError,
                status == DeliveryStatus.PENDING ? nextAttemptAt : null, createdAt, deliveredAt);
    }
}
