package co.kustom.ipp.merchant.query;

import java.util.Optional;

import co.kustom.ipp.merchant.api.ApiKeyIssued;
import co.kustom.ipp.merchant.api.MerchantCreated;
import co.kustom.ipp.platform.security.MerchantCredentials;
import co.kustom.ipp.platform.security.MerchantPrincipal;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("merchant-view")
class MerchantProjection implements MerchantCredentials {

    private final MerchantViewRepository merchants;
    private final ApiKeyViewRepository apiKeys;

    MerchantProjection(MerchantViewRepository merchants, ApiKeyViewRepository apiKeys) {
        this.merchants = merchants;
        this.apiKeys = apiKeys;
    }

    @EventHandler
    void on(MerchantCreated event) {
        merchants.save(new MerchantView(event.merchantId(), event.name(), event.createdAt()));
    }

    @EventHandler
    void on(ApiKeyIssued event) {
        apiKeys.save(new ApiKeyView(event.apiKeyId(), event.merchantId(), event.keyHash(), event.hint(), event.issuedAt()));
    }

    @Override
    public Optional<MerchantPrincipal> findActiveKey(String keyHash) {
        return apiKeys.findByKeyHashAndRevokedAtIsNull(keyHash)
                .map(key -> new MerchantPrincipal(key.merchantId(), key.apiKeyId()));
    }
}
