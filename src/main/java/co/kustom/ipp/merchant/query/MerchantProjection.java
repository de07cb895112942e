package co.kustom.ipp.merchant.query;

import java.util.Optional;

import co.kustom.ipp.merchant.api.ApiKeyDto;
import co.kustom.ipp.merchant.api.ApiKeyIssued;
import co.kustom.ipp.merchant.api.ApiKeyRevoked;
import co.kustom.ipp.merchant.api.FindApiKey;
import co.kustom.ipp.merchant.api.ListApiKeys;
import co.kustom.ipp.merchant.api.MerchantCreated;
import co.kustom.ipp.platform.web.PageResult;
import co.kustom.ipp.platform.axon.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("merchant-view")
@ProjectionTables({"merchant_view", "api_key_view"})
class MerchantProjection {

    private final MerchantViewRepository merchants;
    private final ApiKeyViewRepository apiKeys;
    private final ActiveApiKeys activeKeys;

    MerchantProjection(MerchantViewRepository merchants, ApiKeyViewRepository apiKeys, ActiveApiKeys activeKeys) {
        this.merchants = merchants;
        this.apiKeys = apiKeys;
        this.activeKeys = activeKeys;
    }

    @EventHandler
    void on(MerchantCreated event) {
        merchants.insert(new MerchantView(event.merchantId(), event.name(), event.createdAt()));
    }

    @EventHandler
    void on(ApiKeyIssued event) {
        apiKeys.insert(ApiKeyView.issued(event));
    }

    @EventHandler
    void on(ApiKeyRevoked event) {
        apiKeys.revoke(event.apiKeyId(), event.revokedAt());
        activeKeys.revoked();
    }

    @QueryHandler
    @SuppressWarnings("rawtypes")
    PageResult handle(ListApiKeys query) {
        return apiKeys.list(query.merchantId(), query.page());
    }

    @QueryHandler
    Optional<ApiKeyDto> handle(FindApiKey query) {
        return apiKeys.find(query.apiKeyId(), query.merchantId()).map(ApiKeyView::toDto);
    }
}
