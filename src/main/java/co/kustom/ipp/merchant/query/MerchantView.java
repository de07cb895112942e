package co.kustom.ipp.merchant.query;

import java.time.Instant;
import java.util.UUID;

import co.kustom.ipp.merchant.api.CallbackEndpointDto;
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
    @Column(length = 2048)
    private String callbackUrl;
    private Instant callbackConfiguredAt;
    private Instant callbackSecretRotatedAt;

    protected MerchantView() {
    }

    MerchantView(UUID merchantId, String name, Instant createdAt) {
        this.merchantId = merchantId;
        this.name = name;
        this.createdAt = createdAt;
    }

    void callbackEndpoint(String url, Instant at) {
        callbackUrl = url;
        callbackConfiguredAt = at;
    }

    void callbackSecretRotated(Instant at) {
        callbackSecretRotatedAt = at;
    }

    public String callbackUrl() {
        return callbackUrl;
    }

    CallbackEndpointDto toCallbackEndpoint() {
        return new CallbackEndpointDto(callbackUrl, null, callbackConfiguredAt, callbackSecretRotatedAt);
    }
}
