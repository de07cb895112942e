package co.kustom.ipp.platform.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.kustom.ipp.platform.config.IppProperties.Environment;
import co.kustom.ipp.support.TestProperties;
import org.junit.jupiter.api.Test;

/** Production refuses to start with playground settings or a guessable operator token. */
class SafeDefaultsTest {

    private static final String STRONG_TOKEN = "a".repeat(SafeDefaults.MIN_OPERATOR_TOKEN_LENGTH);

    @Test
    void productionRefusesADemoKey() {
        assertThatThrownBy(() -> SafeDefaults.refuseUnsafeProductionSettings(
                TestProperties.of(Environment.PRODUCTION, "kco_test_api_demo_key_0123456789abcdef", null, false)))
                .hasMessageContaining("IPP_DEMO_API_KEY");
    }

    @Test
    void productionRefusesAShortOperatorToken() {
        assertThatThrownBy(() -> SafeDefaults.refuseUnsafeProductionSettings(
                TestProperties.of(Environment.PRODUCTION, null, "operator-secret-token", false)))
                .hasMessageContaining("IPP_ADMIN_TOKEN");
    }

    @Test
    void productionStartsWithAStrongTokenOrNone() {
        assertThatCode(() -> SafeDefaults.refuseUnsafeProductionSettings(
                TestProperties.of(Environment.PRODUCTION, "", STRONG_TOKEN, false))).doesNotThrowAnyException();
        assertThatCode(() -> SafeDefaults.refuseUnsafeProductionSettings(
                TestProperties.of(Environment.PRODUCTION, null, null, false))).doesNotThrowAnyException();
    }
}
