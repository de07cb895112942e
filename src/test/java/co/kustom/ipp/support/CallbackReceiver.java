package co.kustom.ipp.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/** A merchant's callback endpoint: a real HTTP server on loopback that records what arrives and answers as told. */
public final class CallbackReceiver implements AutoCloseable {

    public record Received(String webhookId, String timestamp, String signature, String body, JsonNode json,
                           String traceparent) {

        public String type() {
            return json.path("type").asText();
        }

        public String sessionId() {
            return json.path("data").path("session_id").asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Queue<Integer> scriptedStatuses = new ConcurrentLinkedQueue<>();
    private final int port;
    private HttpServer server;

    private CallbackReceiver(int port) {
        this.port = port;
    }

    public static CallbackReceiver start() {
        CallbackReceiver receiver = new CallbackReceiver(0);
        receiver.open();
        return receiver;
    }

    /** A receiver that will listen on this port once {@link #open()} is called (for an endpoint that is down). */
    public static CallbackReceiver onFreePortNotYetOpen() throws IOException {
        try (var probe = new java.net.ServerSocket(0)) {
            return new CallbackReceiver(probe.getLocalPort());
        }
    }

    public void open() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/callbacks", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            var headers = exchange.getRequestHeaders();
            received.add(new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"), body, JSON.readTree(body), headers.getFirst("traceparent")));
            Integer status = scriptedStatuses.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
    }

    /** The next answers, in order; after them every request gets 200. */
    public void answer(Integer... statuses) {
        scriptedStatuses.addAll(List.of(statuses));
    }

    /** Forgets the answers not given yet. */
    public void clearAnswers() {
        scriptedStatuses.clear();
    }

    public String url() {
        return "http://127.0.0.1:" + (server == null ? port : server.getAddress().getPort()) + "/callbacks";
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    /** Waits until {@code count} requests match, or fails after {@code timeout}. */
    public List<Received> await(Predicate<Received> matching, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<Received> matched = received.stream().filter(matching).toList();
            if (matched.size() >= count) {
                return matched;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Expected " + count + " matching callbacks within " + timeout + ", got "
                + received.stream().filter(matching).count() + " of " + received.size() + ": " + received);
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
