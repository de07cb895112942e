package co.kustom.ipp.playground.web;

import co.kustom.ipp.session.api.PaymentMethod;

/** The payment methods collected by Scan to pay. */
public enum ScanMethod {
    KLARNA(PaymentMethod.KLARNA), SWISH(PaymentMethod.SWISH), VIPPS(PaymentMethod.VIPPS);

    private final PaymentMethod paymentMethod;

    ScanMethod(PaymentMethod paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    PaymentMethod paymentMethod() {
        return paymentMethod;
    }
}
