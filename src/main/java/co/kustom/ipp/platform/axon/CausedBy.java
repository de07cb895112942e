package co.kustom.ipp.platform.axon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import co.kustom.ipp.platform.security.DevicePrincipal;
import co.kustom.ipp.platform.security.MerchantPrincipal;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who caused each event, for auditors: every command is stamped with its causer (the merchant's API key, the
 * device, the operator, or the system) and the stamp is copied onto the events the command produces.
 */
@Configuration(proxyBeanMethods = false)
public class CausedBy {

    public static final String TYPE = "caused_by_type";
    public static final String ID = "caused_by_id";
    public static final String API_KEY = "api_key";
    public static final String DEVICE = "device";
    public static final String OPERATOR = "operator";
    public static final String SYSTEM = "system";

    /** Metadata naming a causer explicitly, for commands sent without a caller in the security context. */
    public static Map<String, String> of(String type, String id) {
        return Map.of(TYPE, type, ID, id);
    }

    /** A command that names no causer of its own gets the one the security context knows, or the system. */
    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> causerStamp() {
        return (List<? extends CommandMessage<?>> messages) -> (BiFunction<Integer, CommandMessage<?>, CommandMessage<?>>)
                (index, command) -> command.getMetaData().containsKey(TYPE) ? command
                        : command.andMetaData(fromSecurityContext());
    }

    @Bean
    CorrelationDataProvider causerToEvents() {
        return new SimpleCorrelationDataProvider(TYPE, ID);
    }

    /** Axon's own provider (correlation and trace ids) steps back when another one is declared; keep it. */
    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    private static Map<String, String> fromSecurityContext() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Object principal = authentication == null ? null : authentication.getPrincipal();
        Map<String, String> causer = new HashMap<>();
        if (principal instanceof MerchantPrincipal merchant) {
            causer.put(TYPE, API_KEY);
            causer.put(ID, merchant.apiKeyId().toString());
        } else if (principal instanceof DevicePrincipal device) {
            causer.put(TYPE, DEVICE);
            causer.put(ID, device.deviceId().toString());
        } else if ("operator".equals(principal)) {
            causer.put(TYPE, OPERATOR);
            causer.put(ID, OPERATOR);
        } else {
            causer.put(TYPE, SYSTEM);
            causer.put(ID, SYSTEM);
        }
        return causer;
    }
}
