package com.supplyrisk.api;

import com.supplyrisk.api.problem.UnknownAcceleratorException;
import com.supplyrisk.api.view.AcceleratorView;
import com.supplyrisk.catalog.AcceleratorCatalog;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The accelerator catalog. */
@Path("/api/v1/accelerators")
@Produces(MediaType.APPLICATION_JSON)
public class AcceleratorResource {

    private static final int CLOSEST_IDS = 3;

    /** The request's catalog: a reload may replace it between requests, so nothing of it is kept here. */
    private final AcceleratorCatalog catalog;

    public AcceleratorResource(AcceleratorCatalog catalog) {
        this.catalog = catalog;
    }

    /** The whole catalog and its version. */
    public record CatalogView(String version, List<AcceleratorView> accelerators) {
    }

    @GET
    public CatalogView listAccelerators() {
        return new CatalogView(catalog.version(), catalog.all().stream().map(AcceleratorView::of).toList());
    }

    @GET
    @Path("/{id}")
    public AcceleratorView getAccelerator(@PathParam("id") String id) {
        return catalog.find(id)
                .map(AcceleratorView::of)
                .orElseThrow(() -> new UnknownAcceleratorException(id, catalog.closestIds(id, CLOSEST_IDS)));
    }
}
