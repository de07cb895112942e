package co.kustom.bench.crud;

import java.util.Map;

import org.springframework.http.HttpStatus;

/** An answer other than 2xx, as a problem body; without a stack trace, since none is ever shown. */
class ApiException extends RuntimeException {

    final HttpStatus status;
    final String errorCode;
    final Map<String, String> errors;

    private ApiException(HttpStatus status, String errorCode, String detail, Map<String, String> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.errorCode = errorCode;
        this.errors = errors;
    }

    static ApiException invalid(Map<String, String> errors, String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "BAD_VALUE", detail, errors);
    }

    static ApiException notFound(String field, String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, "NOT_FOUND", detail, Map.of(field, "not found"));
    }

    static ApiException conflict(String errorCode, String detail) {
        return new ApiException(HttpStatus.CONFLICT, errorCode, detail, null);
    }
}
