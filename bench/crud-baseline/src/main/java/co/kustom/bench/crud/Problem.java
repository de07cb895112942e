package co.kustom.bench.crud;

import java.util.Map;

/** An RFC 9457 problem body as the service sends it (API.md §3), without the correlation id. */
record Problem(String type, String title, int status, String detail, Map<String, String> errors, String errorCode) {
}
