package co.kustom.ipp.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;

/** Documents the paging query parameters on an operation that takes a {@link PageQuery}. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Parameters({
        @Parameter(name = "page_number", in = ParameterIn.QUERY, description = "Zero-based page number",
                schema = @Schema(type = "integer", minimum = "0", defaultValue = "0")),
        @Parameter(name = "page_size", in = ParameterIn.QUERY, description = "Page size",
                schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
})
public @interface PageParameters {
}
