package co.kustom.ipp.device.web;

import java.util.UUID;

import co.kustom.ipp.device.api.DeviceDto;
import co.kustom.ipp.device.api.FindDevice;
import co.kustom.ipp.device.api.RegisterDevice;
import co.kustom.ipp.enrollment.api.EnrollmentRedemption;
import co.kustom.ipp.enrollment.api.RedeemEnrollment;
import co.kustom.ipp.enrollment.query.EnrollmentCodes;
import co.kustom.ipp.location.query.MerchantLocations;
import co.kustom.ipp.platform.axon.CausedBy;
import co.kustom.ipp.platform.security.DeviceTokens;
import co.kustom.ipp.platform.web.IppException;
import co.kustom.ipp.platform.web.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The POS app pairs a phone by redeeming an enrollment code; no API key, the code is the credential. */
@RestController
@Tag(name = "Devices")
class DeviceRegistrationController {

    private final CommandGateway commands;
    private final Queries queries;
    private final EnrollmentCodes enrollmentCodes;
    private final MerchantLocations locations;
    private final TransactionTemplate transactions;

    DeviceRegistrationController(CommandGateway commands, Queries queries, EnrollmentCodes enrollmentCodes,
                                 MerchantLocations locations, TransactionTemplate transactions) {
        this.commands = commands;
        this.queries = queries;
        this.enrollmentCodes = enrollmentCodes;
        this.locations = locations;
        this.transactions = transactions;
    }

    /**
     * Redeeming the code and registering the device happen in one transaction, under a lock on the code: of
     * phones racing for one code, exactly one registers and the others find it consumed.
     */
    @PostMapping("/ipp/v1/devices/register")
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirements
    @Operation(summary = "Register device", description = "Called by the POS app with an enrollment code. The device "
            + "takes the enrollment's merchant, location and metadata. The device_token in credentials is returned "
            + "only here; the app sends it as Authorization: Bearer <device_token>.")
    RegisteredDevice register(@Valid @RequestBody RegisterDeviceRequest request) {
        return transactions.execute(status -> {
            UUID enrollmentId = enrollmentCodes.lock(request.enrollmentCode()).orElseThrow(() ->
                    IppException.invalid("ENROLLMENT_CODE_UNKNOWN", "enrollment_code", "is not a known enrollment code"));
            UUID deviceId = UUID.randomUUID();
            var causer = CausedBy.of(CausedBy.DEVICE, deviceId.toString());
            EnrollmentRedemption redemption = commands.sendAndWait(
                    GenericCommandMessage.asCommandMessage(new RedeemEnrollment(enrollmentId, deviceId)).andMetaData(causer));
            if (!locations.holdIfPresent(redemption.merchantId(), redemption.locationId())) {
                throw IppException.invalid("ENROLLMENT_LOCATION_DELETED", "enrollment_code",
                        "belongs to a location that was deleted");
            }
            DeviceTokens.IssuedToken token = DeviceTokens.issue(deviceId);
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterDevice(deviceId,
                    redemption.merchantId(), redemption.locationId(), request.hardwareId().trim(), request.platform(),
                    request.name(), redemption.metadata(), false, token.secretHash())).andMetaData(causer));
            DeviceDto device = queries.require(new FindDevice(redemption.merchantId(), deviceId), DeviceDto.class,
                    "Device " + deviceId);
            return new RegisteredDevice(device, new RegisteredDevice.Credentials(token.token()));
        });
    }
}
