package co.kustom.ipp.platform.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Decides before acting: a request whose {@code Accept} header rules out JSON is refused with 406, and one whose
 * {@code Content-Type} is a wildcard with 415, before its handler runs. Spring MVC would otherwise find out only
 * when writing the response, after the command was sent and its change committed.
 */
class MediaTypeCheck implements HandlerInterceptor {

    private static final String PRODUCIBLE = HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE;
    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException, HttpMediaTypeNotSupportedException {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        checkContentType(request);
        if (request.getAttribute(PRODUCIBLE) != null) {
            return true; // a mapping that declares what it produces was matched against Accept already
        }
        boolean json = accepted(request).stream().anyMatch(type -> JSON.stream().anyMatch(type::isCompatibleWith));
        if (!json) {
            throw new HttpMediaTypeNotAcceptableException(JSON);
        }
        return true;
    }

    private static void checkContentType(HttpServletRequest request) throws HttpMediaTypeNotSupportedException {
        String header = request.getContentType();
        if (header == null || header.isBlank()) {
            return;
        }
        MediaType contentType;
        try {
            contentType = MediaType.parseMediaType(header);
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotSupportedException("Content-Type '" + header + "' is not a media type");
        }
        if (contentType.isWildcardType() || contentType.isWildcardSubtype()) {
            throw new HttpMediaTypeNotSupportedException("Content-Type '" + header
                    + "' is a wildcard: send application/json", List.of(MediaType.APPLICATION_JSON));
        }
    }

    private static List<MediaType> accepted(HttpServletRequest request) throws HttpMediaTypeNotAcceptableException {
        String header = request.getHeader(HttpHeaders.ACCEPT);
        if (header == null || header.isBlank()) {
            return List.of(MediaType.ALL);
        }
        try {
            return MediaType.parseMediaTypes(header);
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException("Could not parse Accept header: " + e.getMessage());
        }
    }
}
