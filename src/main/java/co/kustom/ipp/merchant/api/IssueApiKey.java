package co.kustom.ipp.merchant.api;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record IssueApiKey(@TargetAggregateIdentifier UUID merchantId, UUID apiKeyId, String keyHash, String hint,
                          String label) {
}
