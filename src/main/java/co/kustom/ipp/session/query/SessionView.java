package co.kustom.ipp.session.query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import co.kustom.ipp.session.api.LineItem;
import co.kustom.ipp.session.api.PaymentMethod;
import co.kustom.ipp.session.api.SessionDto;
import co.kustom.ipp.session.api.SessionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of the session view as its queries read it; {@link SessionProjection} writes the rows with SQL. */
@Entity
@Immutable
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

    SessionDto toDto() {
        return new SessionDto(sessionId, status, deviceId, orderId, orderAmount, purchaseCurrency, purchaseStartedAt,
                purchaseCompletedAt, orderItems, merchantReference1, merchantReference2, orderTaxAmount, merchantData,
                createdAt, expiresAt, updatedAt, locationId, paymentMethod, failureReason, paymentReference);
    }
}
