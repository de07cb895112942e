package co.kustom.ipp.support;

import java.net.http.HttpHeaders;

import com.fasterxml.jackson.databind.JsonNode;

public record ApiResponse(int status, HttpHeaders headers, String raw, JsonNode body) {

    public String text(String field) {
        return body.path(field).asText(null);
    }

    public String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    @Override
    public String toString() {
        return status + " " + raw;
    }
}
