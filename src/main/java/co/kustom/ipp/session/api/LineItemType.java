package co.kustom.ipp.session.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum LineItemType {
    @JsonProperty("physical") PHYSICAL,
    @JsonProperty("digital") DIGITAL,
    @JsonProperty("shipping_fee") SHIPPING_FEE,
    @JsonProperty("discount") DISCOUNT,
    @JsonProperty("surcharge") SURCHARGE,
    @JsonProperty("gift_card") GIFT_CARD,
    @JsonProperty("store_credit") STORE_CREDIT,
    @JsonProperty("sales_tax") SALES_TAX
}
