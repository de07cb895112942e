package co.kustom.bench.crud;

import java.time.Instant;
import java.util.UUID;

record Device(UUID id, String name, Instant createdAt) {
}
