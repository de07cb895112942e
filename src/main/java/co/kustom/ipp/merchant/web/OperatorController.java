package co.kustom.ipp.merchant.web;

import java.util.UUID;

import co.kustom.ipp.merchant.api.CreateMerchant;
import co.kustom.ipp.platform.axon.Commands;
import co.kustom.ipp.platform.config.IppProperties;
import co.kustom.ipp.platform.security.ApiKeys;
import co.kustom.ipp.platform.web.WebConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The operator's API, with {@code Authorization: Bearer <IPP_ADMIN_TOKEN>}; closed when no token is set. */
@RestController
@SecurityRequirement(name = WebConfiguration.OPERATOR_TOKEN)
@RequestMapping("/admin/v1")
@Tag(name = "Operator", description = "Merchant onboarding by the operator (Authorization: Bearer <IPP_ADMIN_TOKEN>).")
class OperatorController {

    private final Commands commands;
    private final IppProperties properties;

    OperatorController(Commands commands, IppProperties properties) {
        this.commands = commands;
        this.properties = properties;
    }

    @PostMapping("/merchants")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create merchant", description = "Returns the merchant id and its first API key (shown once).")
    CreatedMerchant createMerchant(@Valid @RequestBody CreateMerchantRequest request) {
        String prefix = properties.environment().apiKeyPrefix();
        String key = ApiKeys.generate(prefix);
        UUID merchantId = UUID.randomUUID();
        commands.sendAndWait(new CreateMerchant(merchantId, request.name(), UUID.randomUUID(), ApiKeys.hash(key),
                ApiKeys.displayHint(key, prefix)));
        return new CreatedMerchant(merchantId, request.name().trim(), key);
    }
}
