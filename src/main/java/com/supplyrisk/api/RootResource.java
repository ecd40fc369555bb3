package com.supplyrisk.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** {@code /} leads people to the OpenAPI explorer until a report page exists. */
@Path("/")
public class RootResource {

    @GET
    public Response explorer() {
        return Response.seeOther(URI.create("/q/swagger-ui")).build();
    }
}
