package co.kustom.ipp.session.query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import co.kustom.ipp.session.api.LineItem;
import co.kustom.ipp.session.api.PaymentMethod;
import co.kustom.ipp.session.api.SessionCreated;
import co.kustom.ipp.session.api.SessionDto;
import co.kustom.ipp.session.api.SessionOrder;
import co.kustom.ipp.session.api.SessionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "session_view")
public class SessionView {

    @Id
    private UUID sessionId;
    @Column(nullable = false)
    private UUID merchantId;
    @Column(nullable = false)
    private UUID deviceId;
    @Column(nullable = false)
    private UUID locationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionStatus status;
    private UUID orderId;
    @Column(nullable = false)
    private long orderAmount;
    @Column(nullable = false)
    private long orderTaxAmount;
    @Column(nullable = false, length = 3)
    private String purchaseCurrency;
    @Column(nullable = false)
    private Instant purchaseStartedAt;
    private Instant purchaseCompletedAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<LineItem> orderItems;
    private String merchantReference1;
    private String merchantReference2;
    @Column(length = 6000)
    private String merchantData;
    @Enumerated(EnumType.STRING)
    private PaymentMethod paymentMethod;
    private String failureReason;
    private String paymentReference;
    @Column(nullable = false)
    private int failedAttempts;
    @Column(nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private Instant expiresAt;
    @Column(nullable = false)
    private Instant updatedAt;

    protected SessionView() {
    }

    SessionView(SessionCreated event) {
        SessionOrder order = event.order();
        sessionId = event.sessionId();
        merchantId = event.merchantId();
        deviceId = event.deviceId();
        locationId = event.locationId();
        status = SessionStatus.CREATED;
        orderAmount = order.orderAmount();
        orderTaxAmount = order.orderTaxAmount();
        purchaseCurrency = order.purchaseCurrency();
        purchaseStartedAt = order.purchaseStartedAt();
        purchaseCompletedAt = order.purchaseCompletedAt();
        orderItems = order.orderItems();
        merchantReference1 = order.merchantReference1();
        merchantReference2 = order.merchantReference2();
        merchantData = order.merchantData();
        createdAt = event.createdAt();
        expiresAt = event.expiresAt();
        updatedAt = event.createdAt();
    }

    void moveTo(SessionStatus newStatus, Instant at) {
        status = newStatus;
        updatedAt = at;
    }

    void activate(PaymentMethod method, UUID order, Instant at) {
        paymentMethod = method;
        orderId = order;
        moveTo(SessionStatus.ACTIVE, at);
    }

    void failedAttempt(int attempt, String reason, Instant at) {
        failedAttempts = attempt;
        failureReason = reason;
        updatedAt = at;
    }

    void finalize(String reference, Instant at) {
        paymentReference = reference;
        purchaseCompletedAt = at;
        moveTo(SessionStatus.FINALIZED, at);
    }

    String purchaseCurrency() {
        return purchaseCurrency;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    SessionDto toDto() {
        return new SessionDto(sessionId, status, deviceId, orderId, orderAmount, purchaseCurrency, purchaseStartedAt,
                purchaseCompletedAt, orderItems, merchantReference1, merchantReference2, orderTaxAmount, merchantData,
                createdAt, expiresAt, updatedAt, locationId, paymentMethod, failureReason, paymentReference);
    }
}
