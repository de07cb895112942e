package co.kustom.ipp.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.UUID;

import co.kustom.ipp.platform.config.IppProperties;
import co.kustom.ipp.platform.limits.RateLimits;
import co.kustom.ipp.platform.web.IppException;
import co.kustom.ipp.platform.web.Problem;
import co.kustom.ipp.platform.web.ProblemResponses;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one authentication path of each kind of caller: the POS app ({@code /ipp/v1/device/**}, its device token),
 * the operator ({@code /admin/**}, the operator token) and merchants (everything else, an API key). The console's
 * static files ({@code /console}) need none: the console itself calls the API with a merchant's key.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    public static final String MERCHANT_HEADER = "x-merchant-id";

    private static final RequestMatcher PUBLIC = new OrRequestMatcher(
            AntPathRequestMatcher.antMatcher("/v3/api-docs/**"),
            AntPathRequestMatcher.antMatcher("/swagger-ui/**"),
            AntPathRequestMatcher.antMatcher("/swagger-ui.html"),
            AntPathRequestMatcher.antMatcher("/ipp/v1/devices/register"),
            AntPathRequestMatcher.antMatcher("/error"));

    private final ProblemResponses problems;
    private final RateLimits rateLimits;

    SecurityConfiguration(ProblemResponses problems, RateLimits rateLimits) {
        this.problems = problems;
        this.rateLimits = rateLimits;
    }

    /**
     * Spring Security observes nothing of its own unless {@code management.observations.enable.spring.security}: an
     * observation per filter, authentication and authorization was a tenth of a request's CPU, and with that property
     * alone false its filters stayed wrapped for them. The request's own observation (http.server.requests, its span)
     * stays.
     */
    @Bean
    @ConditionalOnProperty(name = "management.observations.enable.spring.security", havingValue = "false",
            matchIfMissing = true)
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring Security's firewall refusals (encoded slashes, control characters, …) get a problem body too. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> problems.write(response, new Problem(400, "Bad Request",
                "REJECTED_REQUEST", "The request was refused: its URL or headers contain characters or sequences "
                + "that are not allowed", Map.of()));
    }

    /**
     * The console's static files are public: it signs in by calling the API with the key typed into it. Its pages
     * may load only their own scripts and styles and talk only to this service.
     */
    @Bean
    @Order(5)
    SecurityFilterChain console(HttpSecurity http) throws Exception {
        return commonSettings(http.securityMatcher("/console", "/console/**"))
                .headers(headers -> headers.contentSecurityPolicy(policy -> policy.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'; "
                                + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    @Bean
    @Order(10)
    SecurityFilterChain posAppApi(HttpSecurity http, DeviceCredentials devices) throws Exception {
        AuthenticationProvider deviceTokens = bearerProvider(token -> DeviceTokens.parse(token)
                .flatMap(devices::verify)
                .map(device -> BearerAuthentication.authenticated(device, "DEVICE"))
                .orElseThrow(() -> new BadCredentialsException("The device token is invalid or the device was deleted")));
        return authenticated(http.securityMatcher("/ipp/v1/device/**"), deviceTokens,
                BearerAuthentication::fromRequest, "Bearer", "DEVICE", "a device token");
    }

    @Bean
    @Order(20)
    SecurityFilterChain operatorApi(HttpSecurity http, IppProperties properties) throws Exception {
        return authenticated(http.securityMatcher("/admin/**"), operatorToken(properties),
                BearerAuthentication::fromRequest, "Bearer", "OPERATOR", "the operator token");
    }

    /**
     * The actuator: health and the probes are public (their details only for the operator token); metrics need the
     * operator token unless {@code ipp.metrics.open} (for a management port that only the scraper can reach).
     */
    @Bean
    @Order(30)
    SecurityFilterChain operations(HttpSecurity http, IppProperties properties) throws Exception {
        AuthenticationEntryPoint unauthorized = unauthorized("Bearer", "the operator token");
        AuthenticationFilter operator = new AuthenticationFilter(new ProviderManager(operatorToken(properties)),
                BearerAuthentication::fromRequest);
        operator.setSuccessHandler((request, response, authentication) -> { });
        operator.setFailureHandler(unauthorized::commence);
        return commonSettings(http.securityMatcher("/actuator/**"))
                .addFilterAt(operator, BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
                    if (properties.metrics().open()) {
                        requests.anyRequest().permitAll();
                    } else {
                        requests.anyRequest().hasRole("OPERATOR");
                    }
                })
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized))
                .build();
    }

    private static AuthenticationProvider operatorToken(IppProperties properties) {
        String adminToken = properties.adminToken();
        return bearerProvider(token -> {
            if (adminToken == null || adminToken.isBlank()) {
                throw new BadCredentialsException("The operator API is closed: IPP_ADMIN_TOKEN is not set");
            }
            if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), adminToken.getBytes(StandardCharsets.UTF_8))) {
                throw new BadCredentialsException("The operator token is wrong");
            }
            return BearerAuthentication.authenticated("operator", "OPERATOR");
        });
    }

    /** Everything else that is not public acts for a merchant, authenticated by one of its API keys. */
    @Bean
    @Order(100)
    SecurityFilterChain merchantApi(HttpSecurity http, MerchantCredentials credentials, IppProperties properties)
            throws Exception {
        AuthenticationFilter apiKeys = new AuthenticationFilter(
                new ProviderManager(new ApiKeyAuthenticationProvider(credentials, properties.environment())),
                new ApiKeyAuthenticationConverter());
        apiKeys.setRequestMatcher(new NegatedRequestMatcher(PUBLIC));
        AuthenticationEntryPoint unauthorized = unauthorized("Basic", "an API key: Authorization: Basic <api key>");
        apiKeys.setSuccessHandler((request, response, authentication) -> { });
        apiKeys.setFailureHandler(unauthorized::commence);

        return commonSettings(http)
                .addFilterAt(apiKeys, BasicAuthenticationFilter.class)
                .addFilterAfter(new CallerRateLimitFilter(rateLimits, problems), AuthorizationFilter.class)
                .addFilterAfter(new CallerLogContext(), CallerRateLimitFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .anyRequest().access(merchantHeaderMatchesKey()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, denied) -> problems.write(response,
                                absentOrUuid(request.getHeader(MERCHANT_HEADER))
                                        ? new Problem(403, "Forbidden", "FORBIDDEN", "The " + MERCHANT_HEADER
                                                + " header names another merchant than the API key's", Map.of())
                                        : IppException.invalid(MERCHANT_HEADER, "header must be a merchant id (a UUID)")
                                                .problem())))
                .build();
    }

    private static boolean absentOrUuid(String header) {
        if (header == null) {
            return true;
        }
        try {
            UUID.fromString(header.trim());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private interface TokenCheck {
        Authentication check(String token);
    }

    private static AuthenticationProvider bearerProvider(TokenCheck check) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                return check.check(((BearerAuthentication) authentication).token());
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return BearerAuthentication.class.isAssignableFrom(authentication);
            }
        };
    }

    private SecurityFilterChain authenticated(HttpSecurity http, AuthenticationProvider provider,
                                              AuthenticationConverter converter, String scheme, String role,
                                              String credential) throws Exception {
        AuthenticationEntryPoint unauthorized = unauthorized(scheme, credential);
        AuthenticationFilter filter = new AuthenticationFilter(new ProviderManager(provider), converter);
        filter.setSuccessHandler((request, response, authentication) -> { });
        filter.setFailureHandler(unauthorized::commence);
        return commonSettings(http)
                .addFilterAt(filter, BasicAuthenticationFilter.class)
                .addFilterAfter(new CallerRateLimitFilter(rateLimits, problems), AuthorizationFilter.class)
                .addFilterAfter(new CallerLogContext(), CallerRateLimitFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(role))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized))
                .build();
    }

    private AuthenticationEntryPoint unauthorized(String scheme, String credential) {
        return (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", scheme + " realm=\"ipp\"");
            String detail = failure instanceof InsufficientAuthenticationException
                    ? "Authentication is required: send " + credential
                    : failure.getMessage();
            problems.write(response, new Problem(401, "Unauthorized", "UNAUTHORIZED", detail, Map.of()));
        };
    }

    private static HttpSecurity commonSettings(HttpSecurity http) throws Exception {
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
