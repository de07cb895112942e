package co.kustom.bench.crud;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/** {@code Authorization: Basic <api key>} (the raw key) on everything under /ipp. */
@Configuration(proxyBeanMethods = false)
class ApiKeyFilter {

    private static final byte[] UNAUTHORIZED = """
            {"type":"about:blank","title":"Unauthorized","status":401,\
            "detail":"a valid API key is required","error_code":"UNAUTHORIZED"}"""
            .getBytes(StandardCharsets.UTF_8);

    @Bean
    FilterRegistrationBean<Filter> apiKey(BaselineProperties properties) {
        String expected = "Basic " + properties.apiKey();
        Filter filter = (ServletRequest request, ServletResponse response, FilterChain chain) -> {
            if (expected.equals(((HttpServletRequest) request).getHeader(HttpHeaders.AUTHORIZATION))) {
                chain.doFilter(request, response);
            } else {
                unauthorized((HttpServletResponse) response);
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/ipp/*");
        return registration;
    }

    private static void unauthorized(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic");
        response.setContentType("application/problem+json");
        response.setContentLength(UNAUTHORIZED.length);
        response.getOutputStream().write(UNAUTHORIZED);
    }
}
