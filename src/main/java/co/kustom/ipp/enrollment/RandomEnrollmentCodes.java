package co.kustom.ipp.enrollment;

import java.time.Duration;

import org.springframework.stereotype.Component;

/** The service's {@link EnrollmentCodeGenerator}: {@link EnrollmentCode#generate}, from a secure random source. */
@Component
class RandomEnrollmentCodes implements EnrollmentCodeGenerator {

    @Override
    public String generate(Duration lifetime) {
        return EnrollmentCode.generate(lifetime);
    }
}
