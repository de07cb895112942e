package co.kustom.ipp.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kustom.ipp.platform.config.IppProperties;
import co.kustom.ipp.support.TestProperties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The SSRF guard, judged on address spellings alone: every URL here is an IP literal or a name from the hosts file,
 * so nothing is looked up on the network and nothing is connected to.
 */
class CallbackUrlGuardTest {

    private static CallbackUrlGuard guard(IppProperties.Environment environment, boolean allowLoopback) {
        return new CallbackUrlGuard(TestProperties.of(environment, null, null, allowLoopback));
    }

    private static final CallbackUrlGuard PRODUCTION = guard(IppProperties.Environment.PRODUCTION, true);
    private static final CallbackUrlGuard PLAYGROUND = guard(IppProperties.Environment.PLAYGROUND, false);
    private static final CallbackUrlGuard PLAYGROUND_WITH_LOCAL_RECEIVERS = guard(IppProperties.Environment.PLAYGROUND, true);

    @ParameterizedTest
    @ValueSource(strings = {
            // loopback, in every spelling
            "localhost", "127.0.0.1", "127.1", "127.255.255.254", "2130706433", "[::1]", "[0:0:0:0:0:0:0:1]",
            "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[::127.0.0.1]",
            // unspecified
            "0.0.0.0", "0", "[::]",
            // private and shared
            "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.255", "192.168.0.1", "100.64.0.1",
            "100.127.255.255", "[::ffff:10.0.0.1]", "[::ffff:192.168.1.1]", "[fc00::1]", "[fd12:3456::1]",
            // link-local and cloud metadata
            "169.254.169.254", "169.254.0.1", "[fe80::1]", "[fd00:ec2::254]", "[::ffff:169.254.169.254]",
            "[64:ff9b::a9fe:a9fe]", "[2002:a9fe:a9fe::1]",
            // multicast, broadcast, reserved, documentation, benchmarking
            "224.0.0.1", "239.255.255.250", "255.255.255.255", "240.0.0.1", "[ff02::1]", "192.0.2.1",
            "198.51.100.7", "203.0.113.9", "198.18.0.1", "[2001:db8::1]"})
    void nonPublicAddressesAreRefusedInProduction(String host) {
        assertThatThrownBy(() -> PRODUCTION.checkForDelivery("https://" + host + "/hooks"))
                .isInstanceOf(CallbackUrlGuard.RefusedUrl.class);
        assertThatThrownBy(() -> PRODUCTION.checkConfigured("https://" + host + ":5432/hooks"))
                .isInstanceOf(CallbackUrlGuard.RefusedUrl.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "93.184.216.34", "[2606:4700:4700::1111]", "[::ffff:8.8.8.8]",
            "100.128.0.1", "172.32.0.1", "192.169.0.1"})
    void publicAddressesAreAllowed(String host) throws Exception {
        assertThat(PRODUCTION.checkForDelivery("https://" + host + "/hooks")).hasHost(host);
    }

    @Test
    void productionTakesOnlyHttps() {
        assertThatThrownBy(() -> PRODUCTION.checkConfigured("http://8.8.8.8/hooks"))
                .hasMessage("must use https in production");
        assertThatThrownBy(() -> PRODUCTION.checkConfigured("ftp://8.8.8.8/hooks"))
                .hasMessage("must be an absolute http or https URL with a host");
        assertThatThrownBy(() -> PRODUCTION.checkConfigured("https://user:pw@8.8.8.8/hooks"))
                .hasMessage("must not contain credentials");
        assertThatThrownBy(() -> PRODUCTION.checkConfigured("/hooks")).isInstanceOf(CallbackUrlGuard.RefusedUrl.class);
    }

    @Test
    void theSettingAllowsLoopbackInThePlaygroundOnly() throws Exception {
        assertThatThrownBy(() -> PLAYGROUND.checkForDelivery("http://127.0.0.1:9000/hooks"))
                .hasMessage("must point to a public address");
        assertThat(PLAYGROUND_WITH_LOCAL_RECEIVERS.checkForDelivery("http://127.0.0.1:9000/hooks")).hasPort(9000);
        assertThat(PLAYGROUND_WITH_LOCAL_RECEIVERS.checkForDelivery("http://[::1]:9000/hooks")).hasPort(9000);
        assertThat(PLAYGROUND_WITH_LOCAL_RECEIVERS.checkForDelivery("http://localhost:9000/hooks")).hasPort(9000);
        assertThatThrownBy(() -> PRODUCTION.checkForDelivery("https://127.0.0.1/hooks"))
                .as("production ignores the setting").hasMessage("must point to a public address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"169.254.169.254", "[fe80::1]", "[fd00:ec2::254]", "10.0.0.1", "[::ffff:169.254.169.254]"})
    void linkLocalAndPrivateStayRefusedWhenLoopbackIsAllowed(String host) {
        assertThatThrownBy(() -> PLAYGROUND_WITH_LOCAL_RECEIVERS.checkForDelivery("http://" + host + "/latest"))
                .hasMessage("must point to a public address");
    }

    @Test
    void aNameThatDoesNotResolveMayBeSetButIsNotDeliveredTo() throws Exception {
        String url = "https://receiver.invalid/hooks";
        assertThat(PRODUCTION.checkConfigured(url)).hasHost("receiver.invalid");
        assertThatThrownBy(() -> PRODUCTION.checkForDelivery(url)).hasMessage("has a host that cannot be resolved");
    }
}
