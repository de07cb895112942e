package co.kustom.ipp.merchant.web;

import jakarta.validation.constraints.Size;

public record CreateApiKeyRequest(@Size(max = 255) String label) {
}
