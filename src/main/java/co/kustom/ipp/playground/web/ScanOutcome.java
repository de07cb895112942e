package co.kustom.ipp.playground.web;

/** What a simulated Scan to pay does: SUCCESS completes the session, the others are a failed attempt. */
public enum ScanOutcome {
    SUCCESS, DECLINED, ABANDONED
}
