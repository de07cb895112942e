package co.kustom.ipp.playground;

import java.util.Collections;
import java.util.List;

import co.kustom.ipp.session.api.PaymentMethod;

/**
 * What a simulated device in {@code auto} mode does with a session, chosen by the last two digits of its
 * {@code order_amount} (minor units), so that a POS backend can test every outcome end to end:
 * <pre>
 *   00 (and anything not listed)  card, paid
 *   01–09   card declined once (DECLINED_GENERIC, INSUFFICIENT_FUNDS, LOST_CARD, STOLEN_CARD, EXPIRED_CARD,
 *           INCORRECT_CVC, PROCESSING_ERROR, INCORRECT_NUMBER, CARD_VELOCITY_EXCEEDED), then paid by card
 *   10      card declined three times (INSUFFICIENT_FUNDS): FAILED
 *   11 / 12 / 13   Klarna / Swish / Vipps Scan to pay, paid (a method that cannot take the currency: card)
 *   14      Klarna declined once, then paid by Klarna
 *   15      Klarna abandoned three times: FAILED
 *   20      never picked up: stays CREATED until cancelled or expired
 * </pre>
 */
record AutoPlay(PaymentMethod method, List<String> declines, boolean paid) {

    static final String PAID = "SUCCESS";
    private static final List<String> CARD_DECLINES = List.of("DECLINED_GENERIC", "INSUFFICIENT_FUNDS", "LOST_CARD",
            "STOLEN_CARD", "EXPIRED_CARD", "INCORRECT_CVC", "PROCESSING_ERROR", "INCORRECT_NUMBER",
            "CARD_VELOCITY_EXCEEDED");

    static AutoPlay forAmount(long orderAmount, String currency) {
        int ending = (int) (orderAmount % 100);
        if (ending >= 1 && ending <= 9) {
            return new AutoPlay(PaymentMethod.CARD, List.of(CARD_DECLINES.get(ending - 1)), true);
        }
        return switch (ending) {
            case 10 -> new AutoPlay(PaymentMethod.CARD, Collections.nCopies(3, "INSUFFICIENT_FUNDS"), false);
            case 11 -> scan(PaymentMethod.KLARNA, currency);
            case 12 -> scan(PaymentMethod.SWISH, currency);
            case 13 -> scan(PaymentMethod.VIPPS, currency);
            case 14 -> new AutoPlay(PaymentMethod.KLARNA, List.of("DECLINED"), true);
            case 15 -> new AutoPlay(PaymentMethod.KLARNA, Collections.nCopies(3, "ABANDONED"), false);
            case 20 -> null;
            default -> new AutoPlay(PaymentMethod.CARD, List.of(), true);
        };
    }

    private static AutoPlay scan(PaymentMethod method, String currency) {
        return new AutoPlay(method.accepts(currency) ? method : PaymentMethod.CARD, List.of(), true);
    }
}
