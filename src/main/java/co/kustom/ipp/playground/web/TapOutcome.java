package co.kustom.ipp.playground.web;

/** What a simulated card tap does: SUCCESS completes the session, every other outcome is a declined attempt. */
public enum TapOutcome {
    SUCCESS, DECLINED_GENERIC, INSUFFICIENT_FUNDS, LOST_CARD, STOLEN_CARD, EXPIRED_CARD, INCORRECT_CVC,
    PROCESSING_ERROR, INCORRECT_NUMBER, CARD_VELOCITY_EXCEEDED
}
