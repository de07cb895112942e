package co.kustom.bench.crud;

import java.util.Map;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

@RestControllerAdvice
class Problems {

    private static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");

    @ExceptionHandler
    ResponseEntity<Problem> api(ApiException e) {
        return problem(e.status, e.errorCode, e.getMessage(), e.errors);
    }

    @ExceptionHandler
    ResponseEntity<Problem> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = field(mapping);
            return badValue(field, "has a wrong type or format", field + " has a wrong type or format");
        }
        String message = e.getCause() instanceof JsonParseException ? "is not well-formed JSON" : "is missing or unreadable";
        return badValue("body", message, "the body " + message);
    }

    @ExceptionHandler
    ResponseEntity<Problem> typeMismatch(MethodArgumentTypeMismatchException e) {
        return badValue(e.getName(), "has a wrong type or format", e.getName() + " has a wrong type or format");
    }

    private static String field(JsonMappingException mapping) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static ResponseEntity<Problem> badValue(String field, String message, String detail) {
        return problem(HttpStatus.BAD_REQUEST, "BAD_VALUE", detail, Map.of(field, message));
    }

    private static ResponseEntity<Problem> problem(HttpStatus status, String errorCode, String detail,
                                                   Map<String, String> errors) {
        return ResponseEntity.status(status).contentType(PROBLEM_JSON)
                .body(new Problem("about:blank", status.getReasonPhrase(), status.value(), detail, errors, errorCode));
    }
}
