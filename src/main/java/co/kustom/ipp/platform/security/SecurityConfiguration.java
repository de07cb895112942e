package co.kustom.ipp.platform.security;

import java.util.Map;

import co.kustom.ipp.platform.config.IppProperties;
import co.kustom.ipp.platform.web.Problem;
import co.kustom.ipp.platform.web.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    public static final String MERCHANT_HEADER = "x-merchant-id";

    private static final RequestMatcher PUBLIC = new OrRequestMatcher(
            AntPathRequestMatcher.antMatcher("/actuator/health/**"),
            AntPathRequestMatcher.antMatcher("/v3/api-docs/**"),
            AntPathRequestMatcher.antMatcher("/swagger-ui/**"),
            AntPathRequestMatcher.antMatcher("/swagger-ui.html"),
            AntPathRequestMatcher.antMatcher("/error"));

    /** Everything that is not public acts for a merchant, authenticated by one of its API keys. */
    @Bean
    @Order(100)
    SecurityFilterChain merchantApi(HttpSecurity http, MerchantCredentials credentials, IppProperties properties,
                                    ProblemResponses problems) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ipp\"");
            String detail = failure instanceof InsufficientAuthenticationException
                    ? "Authentication is required: send Authorization: Basic <api key>"
                    : failure.getMessage();
            problems.write(response, new Problem(401, "Unauthorized", "UNAUTHORIZED", detail, Map.of()));
        };
        AccessDeniedHandler forbidden = (request, response, denied) -> problems.write(response,
                new Problem(403, "Forbidden", "FORBIDDEN",
                        "The " + MERCHANT_HEADER + " header names another merchant than the API key's", Map.of()));

        AuthenticationFilter apiKeys = new AuthenticationFilter(
                new ProviderManager(new ApiKeyAuthenticationProvider(credentials, properties.environment())),
                new ApiKeyAuthenticationConverter());
        apiKeys.setRequestMatcher(new NegatedRequestMatcher(PUBLIC));
        apiKeys.setSuccessHandler((request, response, authentication) -> { });
        apiKeys.setFailureHandler(unauthorized::commence);

        return commonSettings(http)
                .addFilterAt(apiKeys, BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .anyRequest().access(merchantHeaderMatchesKey()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .build();
    }

    static HttpSecurity commonSettings(HttpSecurity http) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    }

    /** API.md §2: an {@code x-merchant-id} header may be sent, and naming another merchant is a 403. */
    private static AuthorizationManager<RequestAuthorizationContext> merchantHeaderMatchesKey() {
        return (authentication, context) -> {
            if (!(authentication.get() instanceof ApiKeyAuthentication key) || !key.isAuthenticated()) {
                return new AuthorizationDecision(false);
            }
            String header = context.getRequest().getHeader(MERCHANT_HEADER);
            return new AuthorizationDecision(header == null
                    || header.trim().equalsIgnoreCase(key.getPrincipal().merchantId().toString()));
        };
    }
}
