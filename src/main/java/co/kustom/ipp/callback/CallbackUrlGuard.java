package co.kustom.ipp.callback;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;

import co.kustom.ipp.platform.config.IppProperties;
import co.kustom.ipp.platform.web.IppException;
import org.springframework.stereotype.Component;

/**
 * Keeps callbacks away from the service's own network: a callback URL is an absolute http(s) URL (https in
 * production) whose host neither is nor resolves to a loopback, private, shared (CGNAT), link-local, multicast,
 * unspecified, reserved or documentation address, in any spelling (IPv4-mapped, -compatible, NAT64 and 6to4 forms of
 * IPv6 are judged by the IPv4 address they carry).
 * <p>
 * It is checked when a merchant sets the URL and again before each delivery, against what the host resolves to
 * then. The JVM caches that resolution, so the connection that follows goes to the address that was checked: a
 * DNS answer that changes in between (rebinding) is not taken. In the playground, loopback receivers can be allowed
 * ({@code ipp.callback.allow-loopback}); link-local addresses (cloud metadata) never are.
 */
@Component
public class CallbackUrlGuard {

    /** Why a URL was refused, worded for the merchant: it names no address. */
    public static final class RefusedUrl extends Exception {
        RefusedUrl(String reason) {
            super(reason, null, false, false);
        }
    }

    private final boolean httpsOnly;
    private final boolean allowLoopback;

    public CallbackUrlGuard(IppProperties properties) {
        this.httpsOnly = !properties.isPlayground();
        this.allowLoopback = properties.isPlayground() && properties.callback().allowLoopback();
    }

    /**
     * The URL a merchant sets, normalised. A host name that does not resolve now is accepted (DNS may be changing);
     * it is refused at delivery time until it resolves to a public address.
     */
    public URI checkConfigured(String url) throws RefusedUrl {
        return check(url, false);
    }

    /** {@link #checkConfigured} for the {@code url} field of a request: a 400 naming it when refused. */
    public String requestedUrl(String url) {
        try {
            return checkConfigured(url).toString();
        } catch (RefusedUrl refused) {
            throw IppException.invalid("url", refused.getMessage());
        }
    }

    /** The URL to deliver a callback to, now. */
    public URI checkForDelivery(String url) throws RefusedUrl {
        return check(url, true);
    }

    private URI check(String url, boolean mustResolve) throws RefusedUrl {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new RefusedUrl("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new RefusedUrl("must be an absolute http or https URL with a host");
        }
        if (httpsOnly && !scheme.equals("https")) {
            throw new RefusedUrl("must use https in production");
        }
        if (uri.getUserInfo() != null) {
            throw new RefusedUrl("must not contain credentials");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(hostOf(uri));
        } catch (UnknownHostException e) {
            if (mustResolve) {
                throw new RefusedUrl("has a host that cannot be resolved");
            }
            return uri;
        }
        if (addresses.length == 0 || !Arrays.stream(addresses).allMatch(this::allowed)) {
            throw new RefusedUrl("must point to a public address");
        }
        return uri;
    }

    private static String hostOf(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    boolean allowed(InetAddress address) {
        byte[] ipv4 = embeddedIpv4(address);
        if (ipv4 != null) {
            return allowedIpv4(ipv4);
        }
        byte[] b = address.getAddress();
        if (address.isLoopbackAddress()) {
            return allowLoopback;
        }
        return !(address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()
                || (b[0] & 0xfe) == 0xfc                                          // fc00::/7 unique local
                || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8)); // 2001:db8::/32
    }

    private boolean allowedIpv4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        if (a0 == 127) {
            return allowLoopback;
        }
        return !(a0 == 0                                   // this network, unspecified
                || a0 == 10                                // private
                || (a0 == 100 && (a1 & 0xc0) == 64)        // 100.64/10 shared (CGNAT)
                || (a0 == 169 && a1 == 254)                // link-local, cloud metadata
                || (a0 == 172 && (a1 & 0xf0) == 16)        // private
                || (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) // IETF protocol assignments, documentation
                || (a0 == 192 && a1 == 168)                // private
                || (a0 == 198 && (a1 & 0xfe) == 18)        // benchmarking
                || (a0 == 198 && a1 == 51 && a2 == 100)    // documentation
                || (a0 == 203 && a1 == 0 && a2 == 113)     // documentation
                || a0 >= 224);                             // multicast, reserved, broadcast
    }

    /** The IPv4 address an IPv6 address stands for, if it is one of the forms that carry one. */
    private static byte[] embeddedIpv4(InetAddress address) {
        if (address instanceof Inet4Address) {
            return address.getAddress();
        }
        if (!(address instanceof Inet6Address)) {
            return null;
        }
        byte[] b = address.getAddress();
        boolean firstTenZero = Arrays.equals(Arrays.copyOfRange(b, 0, 10), new byte[10]);
        boolean mapped = firstTenZero && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = firstTenZero && b[10] == 0 && b[11] == 0
                && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] & 0xfe) == 0);   // not :: or ::1
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b && Arrays.equals(Arrays.copyOfRange(b, 4, 12), new byte[8]);
        if (mapped || compatible || nat64) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {                           // 6to4 2002::/16
            return Arrays.copyOfRange(b, 2, 6);
        }
        return null;
    }
}
