package co.kustom.ipp.playground.web;

import co.kustom.ipp.session.api.SessionDto;

public record SimulationResult(String message, SessionDto session) {
}
