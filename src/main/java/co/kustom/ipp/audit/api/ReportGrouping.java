package co.kustom.ipp.audit.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a reconciliation report's rows are per, besides currency. */
public enum ReportGrouping {
    @JsonProperty("day") DAY,
    @JsonProperty("location") LOCATION,
    @JsonProperty("device") DEVICE,
    @JsonProperty("payment_method") PAYMENT_METHOD,
    @JsonProperty("currency") CURRENCY
}
