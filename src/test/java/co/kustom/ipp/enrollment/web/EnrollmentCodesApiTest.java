package co.kustom.ipp.enrollment.web;

import static co.kustom.ipp.support.Pairing.register;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import co.kustom.ipp.enrollment.EnrollmentCode;
import co.kustom.ipp.support.Api;
import co.kustom.ipp.support.ApiResponse;
import co.kustom.ipp.support.IntegrationTest;
import co.kustom.ipp.support.ScriptedEnrollmentCodes;
import co.kustom.ipp.support.TestMerchants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No two pending enrollments share a code: a drawn code that one holds is drawn again before anything is stored, and
 * a code is handed out again once its enrollment was cancelled, consumed or expired. The codes drawn are forced.
 */
@IntegrationTest
class EnrollmentCodesApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestMerchants merchants;
    @Autowired
    ScriptedEnrollmentCodes codes;

    Api api;
    Api app;

    @BeforeEach
    void newMerchant() {
        api = Api.at(port).as(merchants.create().apiKey());
        app = Api.at(port);
    }

    @AfterEach
    void forgetQueuedCodes() {
        codes.clear();
    }

    static String freshCode() {
        return EnrollmentCode.generate(Duration.ofHours(2));
    }

    private ApiResponse create(String body) {
        ApiResponse created = api.post("/ipp/v1/enrollments", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created;
    }

    @Test
    void aCodeAPendingEnrollmentHoldsIsDrawnAgain() {
        String taken = freshCode();
        String free = freshCode();
        codes.drawNext(taken);
        String holder = create("{}").text("enrollment_id");

        codes.drawNext(taken, free);
        ApiResponse second = create("{}");

        assertThat(second.text("enrollment_code")).isEqualTo(free);
        assertThat(codes.allDrawn()).as("the taken code was drawn, then the free one").isTrue();
        assertThat(api.get("/ipp/v1/enrollments/" + holder).text("enrollment_code")).isEqualTo(taken);
        assertThat(register(app, taken, "hw-holder").status()).isEqualTo(201);
        assertThat(api.get("/ipp/v1/enrollments/" + holder).text("status")).isEqualTo("CONSUMED");
        assertThat(api.get("/ipp/v1/enrollments/" + second.text("enrollment_id")).text("status")).isEqualTo("PENDING");
    }

    @Test
    void aCodeIsHandedOutAgainOnceItsEnrollmentWasCancelledConsumedOrExpired() throws InterruptedException {
        String code = freshCode();
        codes.drawNext(code);
        String cancelled = create("{}").text("enrollment_id");
        assertThat(api.delete("/ipp/v1/enrollments/" + cancelled).status()).isEqualTo(204);

        codes.drawNext(code);
        String consumed = create("{}").text("enrollment_id");
        assertThat(register(app, code, "hw-1").status()).isEqualTo(201);
        assertThat(api.get("/ipp/v1/enrollments/" + consumed).text("status")).isEqualTo("CONSUMED");

        codes.drawNext(code);
        ApiResponse shortLived = create("{\"expires_in\": 1000}");
        assertThat(shortLived.text("enrollment_code")).isEqualTo(code);
        sleepPast(Instant.parse(shortLived.text("expires_at")));

        codes.drawNext(code);
        ApiResponse current = create("{}");

        assertThat(current.text("enrollment_code")).isEqualTo(code);
        assertThat(api.get("/ipp/v1/enrollments/" + shortLived.text("enrollment_id")).text("status"))
                .isEqualTo("EXPIRED");
        ApiResponse phone = register(app, code.toLowerCase(), "hw-2");
        assertThat(phone.status()).as(phone.raw()).isEqualTo(201);
        assertThat(api.get("/ipp/v1/enrollments/" + current.text("enrollment_id")).text("device_id"))
                .isEqualTo(phone.text("id"));
        assertThat(register(app, code, "hw-3").text("error_code")).isEqualTo("ENROLLMENT_CODE_CONSUMED");
    }

    private static void sleepPast(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        Thread.sleep(Math.max(millis, 0) + 100);
    }
}
