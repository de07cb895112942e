package co.kustom.ipp.device.web;

import java.util.UUID;

import co.kustom.ipp.device.api.DeviceDto;
import co.kustom.ipp.device.api.FindDevice;
import co.kustom.ipp.device.api.RegisterDevice;
import co.kustom.ipp.enrollment.api.EnrollmentRedemption;
import co.kustom.ipp.enrollment.api.FindEnrollmentByCode;
import co.kustom.ipp.enrollment.api.RedeemEnrollment;
import co.kustom.ipp.platform.axon.CausedBy;
import co.kustom.ipp.platform.axon.Commands;
import co.kustom.ipp.platform.security.DeviceTokens;
import co.kustom.ipp.platform.web.IppException;
import co.kustom.ipp.platform.web.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The POS app pairs a phone by redeeming an enrollment code; no API key, the code is the credential. */
@RestController
@Tag(name = "Devices")
class DeviceRegistrationController {

    private final Commands commands;
    private final Queries queries;

    DeviceRegistrationController(Commands commands, Queries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /**
     * Redeems the code, then registers the device. The Enrollment aggregate redeems a code at most once, so of
     * phones racing for one code exactly one gets past the first command; no lock or transaction spans the two.
     */
    @PostMapping("/ipp/v1/devices/register")
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirements
    @Operation(summary = "Register device", description = "Called by the POS app with an enrollment code. The device "
            + "takes the enrollment's merchant, location and metadata. credentials.bearer_token is returned only "
            + "here; the app sends it as Authorization: Bearer <bearer_token> (device_token is a deprecated alias).")
    RegisteredDevice register(@Valid @RequestBody RegisterDeviceRequest request) {
        UUID enrollmentId = queries.find(new FindEnrollmentByCode(request.enrollmentCode()), UUID.class).orElseThrow(() ->
                IppException.invalid("ENROLLMENT_CODE_UNKNOWN", "enrollment_code", "is not a known enrollment code"));
        UUID deviceId = UUID.randomUUID();
        var causer = CausedBy.of(CausedBy.DEVICE, deviceId.toString());
        EnrollmentRedemption redemption = commands.sendAndWait(
                GenericCommandMessage.asCommandMessage(new RedeemEnrollment(enrollmentId, deviceId)).andMetaData(causer));
        DeviceTokens.IssuedToken token = DeviceTokens.issue(deviceId);
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterDevice(deviceId,
                    redemption.merchantId(), redemption.locationId(), request.hardwareId().trim(), request.platform(),
                    request.name(), redemption.metadata(), false, token.secretHash())).andMetaData(causer));
        } catch (CommandExecutionException refused) {
            if (IppException.problemOf(refused).filter(problem -> problem.errors().containsKey("location_id")).isPresent()) {
                throw IppException.invalid("ENROLLMENT_LOCATION_DELETED", "enrollment_code",
                        "belongs to a location that was deleted");
            }
            throw refused;
        }
        DeviceDto device = queries.require(new FindDevice(redemption.merchantId(), deviceId), DeviceDto.class,
                "Device " + deviceId);
        return new RegisteredDevice(device, RegisteredDevice.Credentials.of(token.token(), device.createdAt()));
    }
}
