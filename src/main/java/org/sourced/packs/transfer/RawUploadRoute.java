package org.sourced.packs.transfer;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The import API takes the raw file whatever Content-Type the client sends. {@code curl --data-binary} sends
 * {@code application/x-www-form-urlencoded}, which the CSRF filter would check for a form token and refuse with a
 * bare 400 (the API needs none: it takes no cookie). So before anything else reads the request, its type becomes
 * {@code application/octet-stream}; the type the client sent is kept for the resource.
 */
@ApplicationScoped
public class RawUploadRoute {

    /** Routing context key of the Content-Type the client sent, if any. */
    static final String SENT_CONTENT_TYPE = "sourced.sent-content-type";

    void install(@Observes Router router) {
        router.route(HttpMethod.POST, TransferApi.IMPORT_PATH).order(-1_000).handler(rc -> {
            String sent = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
            if (sent != null) {
                rc.put(SENT_CONTENT_TYPE, sent);
            }
            rc.request().headers().set(HttpHeaders.CONTENT_TYPE, "application/octet-stream");
            rc.next();
        });
    }
}
