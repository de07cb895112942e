package co.kustom.ipp.audit.api;

import java.util.List;

public record SessionHistory(List<RecordedEvent> events) {
}
