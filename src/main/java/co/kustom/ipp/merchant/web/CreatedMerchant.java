package co.kustom.ipp.merchant.web;

import java.util.UUID;

/** A new merchant and its first API key, shown here once. */
public record CreatedMerchant(UUID merchantId, String name, String apiKey) {
}
