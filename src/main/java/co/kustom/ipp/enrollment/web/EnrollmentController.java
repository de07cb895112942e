package co.kustom.ipp.enrollment.web;

import java.util.List;
import java.util.UUID;

import co.kustom.ipp.enrollment.api.CancelEnrollment;
import co.kustom.ipp.enrollment.api.CreateEnrollment;
import co.kustom.ipp.enrollment.api.EnrollmentDto;
import co.kustom.ipp.enrollment.api.FindEnrollment;
import co.kustom.ipp.enrollment.api.ListEnrollments;
import co.kustom.ipp.location.api.MerchantLocations;
import co.kustom.ipp.platform.axon.Commands;
import co.kustom.ipp.platform.security.MerchantPrincipal;
import co.kustom.ipp.platform.web.MetadataFilter;
import co.kustom.ipp.platform.web.PageParameters;
import co.kustom.ipp.platform.web.PageQuery;
import co.kustom.ipp.platform.web.PageResult;
import co.kustom.ipp.platform.web.Queries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/ipp/v1/enrollments")
@Tag(name = "Enrollments", description = "Device enrollment code management for pairing new devices.")
class EnrollmentController {

    private final Commands commands;
    private final Queries queries;
    private final MerchantLocations locations;

    EnrollmentController(Commands commands, Queries queries, MerchantLocations locations) {
        this.commands = commands;
        this.queries = queries;
        this.locations = locations;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create enrollment code", description = "A code the POS app redeems once to register a "
            + "device at the location. Lifetime: expires_in (ms) or ttl, default two hours; up to two hours the code "
            + "is 8 characters without look-alikes, beyond that UUID-shaped.")
    EnrollmentDto create(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                         @Valid @RequestBody CreateEnrollmentRequest request) {
        UUID merchantId = merchant.merchantId();
        UUID locationId = locations.resolve(merchantId, request.locationId(), "location_id");
        UUID enrollmentId = UUID.randomUUID();
        commands.sendAndWait(new CreateEnrollment(enrollmentId, merchantId, locationId, request.metadataOrEmpty(),
                request.lifetime()));
        return find(merchantId, enrollmentId);
    }

    @GetMapping
    @PageParameters
    @Operation(summary = "List enrollments", description = "Pending, expired and consumed codes, newest first "
            + "(include_consumed=false leaves consumed ones out); cancelled ones never. metadata=key:value may be repeated up to 5 times "
            + "and all pairs must match.")
    PageResult<EnrollmentDto> list(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                                   @RequestParam(name = "location_id", required = false) UUID locationId,
                                   @RequestParam(name = MetadataFilter.PARAMETER, required = false) List<String> metadata,
                                   @RequestParam(name = "include_consumed", defaultValue = "true") boolean includeConsumed,
                                   @Parameter(hidden = true) PageQuery page) {
        return queries.page(new ListEnrollments(merchant.merchantId(), locationId, MetadataFilter.parse(metadata),
                includeConsumed, page));
    }

    @GetMapping("/{enrollment_id}")
    @Operation(summary = "Get enrollment")
    EnrollmentDto get(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                      @PathVariable("enrollment_id") UUID enrollmentId) {
        return find(merchant.merchantId(), enrollmentId);
    }

    @DeleteMapping("/{enrollment_id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Cancel enrollment", description = "The code can no longer be redeemed (status CANCELLED).")
    void cancel(@Parameter(hidden = true) @AuthenticationPrincipal MerchantPrincipal merchant,
                @PathVariable("enrollment_id") UUID enrollmentId) {
        find(merchant.merchantId(), enrollmentId);
        commands.sendAndWait(new CancelEnrollment(enrollmentId, merchant.merchantId()));
    }

    private EnrollmentDto find(UUID merchantId, UUID enrollmentId) {
        return queries.require(new FindEnrollment(merchantId, enrollmentId), EnrollmentDto.class,
                "Enrollment " + enrollmentId);
    }
}
