package co.kustom.ipp.audit.web;

import co.kustom.ipp.audit.ProjectionRebuild;
import co.kustom.ipp.audit.api.RebuildProgress;
import co.kustom.ipp.platform.web.IppException;
import co.kustom.ipp.platform.web.WebConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The operator rebuilds every projection from the event store (Authorization: Bearer <IPP_ADMIN_TOKEN>). */
@RestController
@SecurityRequirement(name = WebConfiguration.OPERATOR_TOKEN)
@RequestMapping("/admin/v1/projections/rebuild")
@Tag(name = "Operator")
class ProjectionRebuildController {

    private final ProjectionRebuild rebuild;

    ProjectionRebuildController(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild the projections", description = "Replays the event store into fresh copies of every "
            + "view and swaps them in; the service keeps answering meanwhile, and no callback or deadline is "
            + "triggered. 409 REBUILD_RUNNING while one runs.")
    RebuildProgress start() {
        return rebuild.start();
    }

    @GetMapping
    @Operation(summary = "Rebuild progress", description = "Events done and in all, events per second, seconds left.")
    RebuildProgress progress() {
        return rebuild.progress().orElseThrow(() -> IppException.notFound("Projection rebuild"));
    }
}
