package org.sourced.accounts;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestCookie;
import org.sourced.web.FormErrors;
import org.sourced.web.LocalPath;
import org.sourced.web.TooManyRequests;
import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/** Sign in and out, the first admin, invites, password change, API tokens, and the admin's account list. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    @Inject
    AccountService accounts;
    @Inject
    Sessions sessions;
    @Inject
    Viewer viewer;
    @Inject
    LoginLimitsConfig loginLimits;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String email, String next, String message);

        static native TemplateInstance setup(String email, String name, FormErrors errors);

        static native TemplateInstance invite(String secret, String email, String name, FormErrors errors);

        static native TemplateInstance password(FormErrors errors, boolean changed);

        static native TemplateInstance tokens(List<ApiToken> tokens, String created, FormErrors errors);

        static native TemplateInstance accounts(List<Account> accounts, String inviteLink, long me);
    }

    @GET
    @Path("login")
    public Object loginForm(@QueryParam("next") String next) {
        if (!Account.adminExists()) {
            return seeOther("/setup");
        }
        return Templates.login("", safeNext(next), null);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@RestForm String email, @RestForm String password, @RestForm String next,
                          @RestCookie(DeviceCookie.NAME) String device, @Context HttpServerRequest http) {
        checkSameOrigin(http);
        try {
            Account a = accounts.authenticate(email, password, http.remoteAddress().hostAddress(), device);
            // a new device cookie on every sign-in (docs/security.md, "Sign-in throttling")
            return Response.seeOther(URI.create(safeNext(next))).cookie(sessionCookie(sessions.open(a), http),
                    deviceCookie(sessions.issueDevice(a.email), http)).build();
        } catch (UserError e) {
            Response.ResponseBuilder page = Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.login(email, safeNext(next), e.localMessage()));
            if (e instanceof TooManyRequests wait) {
                page.header("Retry-After", wait.retryAfterSeconds());
            }
            return page.build();
        }
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@RestCookie(SessionCookie.NAME) String session, @Context HttpServerRequest http) {
        if (session != null) {
            sessions.close(session);
        }
        return Response.seeOther(URI.create("/")).cookie(expired(http)).build();
    }

    /** Shown only while there is no admin: the first person to fill it in becomes the admin. */
    @GET
    @Path("setup")
    public Object setupForm() {
        if (Account.adminExists()) {
            throw UserError.notFound(UiText.msg(m -> m.errAlreadySetUp()));
        }
        return Templates.setup("", "", FormErrors.none());
    }

    @POST
    @Path("setup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setup(@RestForm String email, @RestForm String name, @RestForm String password, @Context HttpServerRequest http) {
        checkSameOrigin(http);
        synchronized (AccountPages.class) { // two people racing for the setup page: exactly one becomes admin
            if (Account.adminExists()) {
                throw UserError.notFound(UiText.msg(m -> m.errAlreadySetUp()));
            }
            try {
                Account a = accounts.create(email, name, password, Role.ADMIN);
                return Response.seeOther(URI.create("/admin/accounts")).cookie(sessionCookie(sessions.open(a), http)).build();
            } catch (UserError e) {
                return form(e.status(), Templates.setup(email, name, fieldError(e)));
            }
        }
    }

    @GET
    @Path("invites/{secret}")
    public TemplateInstance inviteForm(@PathParam("secret") String secret) {
        accounts.usableInvite(secret)
                .orElseThrow(() -> UserError.notFound(UiText.msg(m -> m.errInviteUsed())));
        return Templates.invite(secret, "", "", FormErrors.none());
    }

    @POST
    @Path("invites/{secret}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acceptInvite(@PathParam("secret") String secret, @RestForm String email, @RestForm String name,
                                 @RestForm String password, @Context HttpServerRequest http) {
        try {
            Account a = accounts.acceptInvite(secret, email, name, password);
            return Response.seeOther(URI.create("/teach")).cookie(sessionCookie(sessions.open(a), http)).build();
        } catch (UserError e) {
            if (e.status() == 404) {
                throw e;
            }
            return form(e.status(), Templates.invite(secret, email, name, fieldError(e)));
        }
    }

    @GET
    @Path("account/password")
    @Authenticated
    public TemplateInstance passwordForm() {
        return Templates.password(FormErrors.none(), false);
    }

    @POST
    @Path("account/password")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@RestForm String current, @RestForm String password, @Context HttpServerRequest http) {
        try {
            accounts.changePassword(viewer.id(), current, password);
        } catch (UserError e) {
            String field = e.getMessage().startsWith("Your current") ? "current" : "password";
            return form(e.status(), Templates.password(FormErrors.of(field, e.text()), false));
        }
        // every other session of this account is void now; this browser gets a fresh one
        Account a = Account.findById(viewer.id());
        return Response.ok(Templates.password(FormErrors.none(), true)).cookie(sessionCookie(sessions.open(a), http)).build();
    }

    @GET
    @Path("account/tokens")
    @RolesAllowed("teacher")
    public TemplateInstance tokens() {
        return Templates.tokens(ApiToken.of(viewer.id()), null, FormErrors.none());
    }

    @POST
    @Path("account/tokens")
    @RolesAllowed("teacher")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createToken(@RestForm String name) {
        try {
            String secret = accounts.newToken(viewer.id(), name);
            return form(200, Templates.tokens(ApiToken.of(viewer.id()), secret, FormErrors.none()));
        } catch (UserError e) {
            return form(e.status(), Templates.tokens(ApiToken.of(viewer.id()), null, FormErrors.of("name", e.text())));
        }
    }

    @POST
    @Path("account/tokens/{id}/revoke")
    @RolesAllowed("teacher")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revokeToken(@PathParam("id") long id) {
        accounts.revokeToken(viewer.id(), id);
        return seeOther("/account/tokens");
    }

    @GET
    @Path("admin/accounts")
    @RolesAllowed("admin")
    public TemplateInstance accountList() {
        return Templates.accounts(Account.allByRole(), null, viewer.id());
    }

    @POST
    @Path("admin/invites")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance createInvite(@Context HttpServerRequest http) {
        String secret = accounts.invite(Role.TEACHER, viewer.id());
        String link = http.scheme() + "://" + http.authority() + "/invites/" + secret;
        return Templates.accounts(Account.allByRole(), link, viewer.id());
    }

    @POST
    @Path("admin/accounts/{id}/{action:disable|enable}")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setDisabled(@PathParam("id") long id, @PathParam("action") String action) {
        accounts.setDisabled(id, action.equals("disable"), viewer.id());
        return seeOther("/admin/accounts");
    }

    /** Refuses a cross-site post to the sign-in form: the browser's Origin must be this server. */
    static void checkSameOrigin(HttpServerRequest http) {
        String origin = http.getHeader("Origin");
        if (origin == null) {
            return;
        }
        String expected = http.scheme() + "://" + http.authority();
        if (!origin.equalsIgnoreCase(expected) && !origin.equalsIgnoreCase(forwardedOrigin(http))) {
            throw UserError.forbidden(UiText.msg(m -> m.errOtherSite(origin)));
        }
    }

    private static String forwardedOrigin(HttpServerRequest http) {
        String proto = http.getHeader("X-Forwarded-Proto");
        String host = http.getHeader("X-Forwarded-Host");
        return proto == null || host == null ? "" : proto + "://" + host;
    }

    /** The session cookie for a new sign-in; also used when joining a class signs a new student in. */
    public static NewCookie sessionCookie(String value, HttpServerRequest http) {
        return new NewCookie.Builder(SessionCookie.NAME).value(value).path("/").httpOnly(true).secure(isHttps(http))
                .sameSite(NewCookie.SameSite.LAX).maxAge((int) Sessions.LIFETIME.getSeconds()).build();
    }

    /** The device cookie: it outlives sessions and sign-outs, and authorises nothing by itself. */
    NewCookie deviceCookie(String value, HttpServerRequest http) {
        return new NewCookie.Builder(DeviceCookie.NAME).value(value).path("/").httpOnly(true).secure(isHttps(http))
                .sameSite(NewCookie.SameSite.LAX).maxAge((int) java.time.Duration.ofDays(loginLimits.deviceCookieDays()).getSeconds()).build();
    }

    static NewCookie expired(HttpServerRequest http) {
        return new NewCookie.Builder(SessionCookie.NAME).value("").path("/").httpOnly(true).secure(isHttps(http))
                .sameSite(NewCookie.SameSite.LAX).maxAge(0).build();
    }

    private static boolean isHttps(HttpServerRequest http) {
        return "https".equals(http.scheme()) || "https".equalsIgnoreCase(http.getHeader("X-Forwarded-Proto"));
    }

    /**
     * Only a path on this site: an open redirect would let a phishing link borrow our sign-in page. Browsers
     * drop tabs and newlines from a URL ("/\t/evil.example" becomes "//evil.example") and read a backslash as
     * a slash, so any control character, space or backslash sends the reader home instead.
     */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.length() > 2000) {
            return "/";
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c == '\\' || Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return "/";
            }
        }
        try {
            URI uri = new URI(next);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? next : "/";
        } catch (URISyntaxException e) {
            return "/"; // URI.create would fail later, as a 500 instead of a redirect home
        }
    }

    private static FormErrors fieldError(UserError e) {
        String m = e.getMessage();
        String field = m.contains("email") ? "email" : m.contains("password") ? "password" : m.contains("name") ? "name" : "form";
        return FormErrors.of(field, e.text());
    }

    private static Response form(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
