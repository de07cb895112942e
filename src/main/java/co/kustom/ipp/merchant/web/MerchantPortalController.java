package co.kustom.ipp.merchant.web;

import java.util.UUID;

import co.kustom.ipp.merchant.api.ApiKeyDto;
import co.kustom.ipp.merchant.api.FindApiKey;
import co.kustom.ipp.merchant.api.IssueApiKey;
import co.kustom.ipp.merchant.api.ListApiKeys;
import co.kustom.ipp.merchant.api.RevokeApiKey;
import co.kustom.ipp.platform.axon.Commands;
import co.kustom.ipp.platform.config.IppProperties;
import co.kustom.ipp.platform.security.ApiKeys;
import co.kustom.ipp.platform.security.MerchantPrincipal;
import co.kustom.ipp.platform.web.PageParameters;
import co.kustom.ipp.platform.web.PageQuery;
import co.kustom.ipp.platform.web.PageResult;
import co.kustom.ipp.platform.web.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/portal/v1")
@Tag(name = "Portal")
class MerchantPortalController {

    private final Commands commands;
    private final Queries queries;
    private final IppProperties properties;

    MerchantPortalController(Commands commands, Queries queries, IppProperties properties) {
        this.commands = commands;
        this.queries = queries;
        this.properties = properties;
    }

    @PostMapping("/api-keys")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create API key", description = "The key is in the answer once and never shown again.")
    CreatedApiKey createApiKey(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                               @Valid @RequestBody(required = false) CreateApiKeyRequest request) {
        String prefix = properties.environment().apiKeyPrefix();
        String key = ApiKeys.generate(prefix);
        UUID keyId = UUID.randomUUID();
        String label = request == null ? null : request.label();
        commands.sendAndWait(new IssueApiKey(merchant.merchantId(), keyId, ApiKeys.hash(key),
                ApiKeys.displayHint(key, prefix), label));
        ApiKeyDto issued = queries.require(new FindApiKey(merchant.merchantId(), keyId), ApiKeyDto.class,
                "API key " + keyId);
        return new CreatedApiKey(keyId, key, issued.hint(), issued.label(), issued.createdAt());
    }

    @GetMapping("/api-keys")
    @PageParameters
    @Operation(summary = "List API keys", description = "Every key, revoked ones included, without the keys themselves.")
    PageResult<ApiKeyDto> listApiKeys(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                                      @Parameter(hidden = true) PageQuery page) {
        return queries.page(new ListApiKeys(merchant.merchantId(), page));
    }

    @DeleteMapping("/api-keys/{api_key_id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke API key", description = "The key gets 401 at once. The last active key cannot be "
            + "revoked (409 LAST_API_KEY).")
    void revokeApiKey(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                      @PathVariable("api_key_id") UUID apiKeyId) {
        commands.sendAndWait(new RevokeApiKey(merchant.merchantId(), apiKeyId));
    }
}
