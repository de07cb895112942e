package co.kustom.ipp.merchant.query;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "merchant_view")
public class MerchantView {

    @Id
    private UUID merchantId;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private Instant createdAt;

    protected MerchantView() {
    }

    MerchantView(UUID merchantId, String name, Instant createdAt) {
        this.merchantId = merchantId;
        this.name = name;
        this.createdAt = createdAt;
    }
}
