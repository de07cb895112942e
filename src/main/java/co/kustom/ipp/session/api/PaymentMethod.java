package co.kustom.ipp.session.api;

public enum PaymentMethod {
    CARD, KLARNA, SWISH, VIPPS
}
