package co.kustom.ipp.session.api;

import java.util.Set;

/** How a session is paid: card tap-to-pay, or Klarna, Swish and Vipps via Scan to pay. */
public enum PaymentMethod {
    CARD(null),
    KLARNA(null),
    SWISH(Set.of("SEK")),
    VIPPS(Set.of("NOK", "DKK", "EUR"));

    private final Set<String> currencies;

    PaymentMethod(Set<String> currencies) {
        this.currencies = currencies;
    }

    /** Whether this method can take a payment in {@code currency} (null: every currency the service supports). */
    public boolean accepts(String currency) {
        return currencies == null || currencies.contains(currency);
    }

    public Set<String> currencies() {
        return currencies;
    }
}
