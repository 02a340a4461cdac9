package org.sourced.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;

/**
 * Every teacher route, as anonymous (sent to sign in), a student (403), another teacher (403 on a pack
 * that is not theirs, 404 on one that does not exist) and the owner (200 or 303). The owner goes last,
 * with the routes that remove things at the end.
 */
@QuarkusTest
class AuthorizationTest {

    private static final String PASSWORD = "correct horse battery";

    @Inject
    AccountService accounts;

    /** One route: method, path ({id} for the pack), form fields, and what the owner gets. */
    record Route(String method, String path, String[] form, int owner) {
        Response call(Client c, String packId) {
            String p = path.replace("{id}", packId);
            if (method.equals("GET")) {
                return c.get(p);
            }
            if (method.equals("UPLOAD")) {
                return c.upload(ZipBytes.zipText(java.util.Map.of(packId + "/pack.yaml", "id: " + packId + "\n")));
            }
            String[] filled = form.clone();
            for (int i = 0; i < filled.length; i++) {
                filled[i] = filled[i].replace("{id}", packId);
            }
            return c.post(p, filled);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static Route get(String path) {
        return new Route("GET", path, new String[0], 200);
    }

    private static Route post(String path, int owner, String... form) {
        return new Route("POST", path, form, owner);
    }

    /** Every route of a pack, in an order the owner can run them in. */
    static List<Route> packRoutes() {
        List<Route> routes = new ArrayList<>();
        routes.add(get("/teach/packs/{id}"));
        routes.add(post("/teach/packs/{id}/edit", 303));
        routes.add(post("/teach/packs/{id}/metadata", 303, "title", "Renamed", "summary", "S.", "language", "en", "version", "2",
                "licence", "CC0-1.0", "authors", "Owner"));
        routes.add(get("/teach/packs/{id}/objectives"));
        routes.add(post("/teach/packs/{id}/objectives", 303, "objectiveCount", "1", "objective-0-id", "basics", "objective-0-fixed", "true",
                "objective-0-title", "Basics, renamed"));
        routes.add(get("/teach/packs/{id}/sources"));
        routes.add(post("/teach/packs/{id}/sources", 303, "sourceCount", "1", "source-0-id", "treaty", "source-0-fixed", "true",
                "source-0-kind", "primary", "source-0-title", "The treaty", "source-0-publisher", "CSTO", "source-0-published", "1992-05-15"));
        routes.add(get("/teach/packs/{id}/files/pack.yaml"));
        routes.add(post("/teach/packs/{id}/preview", 200, "body", "# Hello"));
        routes.add(get("/teach/packs/{id}/download"));
        routes.add(get("/teach/packs/{id}/download?version=draft"));
        routes.add(get("/teach/packs/{id}/lessons/new"));
        routes.add(post("/teach/packs/{id}/lessons/new", 303, PackFixture.lesson("second", "Second")));
        routes.add(get("/teach/packs/{id}/lessons/basics"));
        routes.add(post("/teach/packs/{id}/lessons/basics", 303, "title", "The basics", "objective", "basics", "body",
                "Text.\n\n[[checkpoint: q-single]]\n"));
        routes.add(get("/teach/packs/{id}/lessons/basics/preview"));
        routes.add(post("/teach/packs/{id}/lessons/basics/preview/checkpoints/q-single", 200, "choice", "a"));
        routes.add(get("/teach/packs/{id}/questions/new?type=claim-check"));
        String[] extra = PackFixture.questions()[2].clone();
        extra[1] = "q-extra";
        routes.add(post("/teach/packs/{id}/questions/new", 303, extra));
        routes.add(get("/teach/packs/{id}/questions/q-single"));
        routes.add(post("/teach/packs/{id}/questions/q-single", 303, PackFixture.questions()[0]));
        routes.add(get("/teach/packs/{id}/questions/q-single/preview"));
        routes.add(post("/teach/packs/{id}/questions/q-single/preview", 200, "choice", "a"));
        routes.add(post("/teach/packs/{id}/publish", 303));
        routes.add(get("/teach/packs/{id}/download?version=1"));
        routes.add(post("/teach/packs/{id}/files/pack.yaml", 303, "text", "id: {id}\ntitle: Cut down to its id\n"));
        routes.add(post("/teach/packs/{id}/questions/q-extra/delete", 303));
        routes.add(post("/teach/packs/{id}/lessons/second/delete", 303));
        routes.add(new Route("UPLOAD", "/teach/packs/upload", new String[0], 303));
        routes.add(post("/teach/packs/{id}/discard", 303));
        return routes;
    }

    private Client teacher(String name) {
        String email = name + "-" + UUID.randomUUID() + "@example.org";
        accounts.create(email, name, PASSWORD, Role.TEACHER);
        return Client.signIn(email, PASSWORD);
    }

    @Test
    void everyTeacherRouteIsClosedToOthersAndOpenToItsOwner() {
        Client owner = teacher("owner");
        Client other = teacher("other");
        String studentEmail = "student-" + UUID.randomUUID() + "@example.org";
        accounts.create(studentEmail, "Stu Dent", PASSWORD, Role.STUDENT);
        Client student = Client.signIn(studentEmail, PASSWORD);
        Client anonymous = Client.anonymous();
        String packId = PackFixture.create(owner, PackFixture.newId("auth"));
        String missing = PackFixture.newId("missing");

        List<String> wrong = new ArrayList<>();
        for (Route route : packRoutes()) {
            String body = route.path().replace("{id}", packId);
            check(wrong, route + " as anonymous", route.call(anonymous, packId), 302);
            check(wrong, route + " as a student", route.call(student, packId), 403);
            check(wrong, route + " as another teacher", route.call(other, packId), 403);
            if (!route.method().equals("UPLOAD")) {
                check(wrong, route + " on a pack that does not exist", route.call(other, missing), 404);
            }
            check(wrong, body + " (" + route.method() + ") as the owner", route.call(owner, packId), route.owner());
        }
        assertThat(wrong).isEmpty();
        assertThat(student.get("/teach/packs/" + packId).asString()).contains("Your account may not open this page.");
        assertThat(owner.get("/no/such/page").statusCode()).isEqualTo(404);
    }

    @Test
    void theTeachPagesOfEveryTeacherAreClosedToAnonymousAndStudents() {
        String studentEmail = "student-" + UUID.randomUUID() + "@example.org";
        accounts.create(studentEmail, "Stu Dent", PASSWORD, Role.STUDENT);
        Client student = Client.signIn(studentEmail, PASSWORD);
        Client anonymous = Client.anonymous();
        Client teacher = teacher("teacher");
        String id = PackFixture.newId("mine");

        Response toLogin = anonymous.get("/teach");
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(toLogin.getHeader("Location")).startsWith("/login?next=%2Fteach");
        assertThat(anonymous.post("/teach/packs", "id", id, "title", "T").statusCode()).isEqualTo(302);
        assertThat(student.get("/teach").statusCode()).isEqualTo(403);
        assertThat(student.post("/teach/packs", "id", id, "title", "T").statusCode()).isEqualTo(403);
        assertThat(AuthoringFlowTest.versionNumbers(id)).isEmpty();

        assertThat(teacher.get("/teach").statusCode()).isEqualTo(200);
        assertThat(teacher.post("/teach/packs", "id", id, "title", "T").statusCode()).isEqualTo(303);
        assertThat(teacher.get("/teach").asString()).contains("/teach/packs/" + id).contains("<a href=\"/teach/import\">Import them as a new draft</a>");
        String taken = teacher.post("/teach/packs", "id", "csto-armenia", "title", "Mine now").then().statusCode(422).extract().asString();
        assertThat(taken).contains("id=\"id-error\"", "already");
    }

    @Test
    void aPackFromTheContentFolderIsOnlyTheAdminsToEdit() {
        Client teacher = teacher("teacher");
        assertThat(teacher.get("/teach/packs/csto-armenia").statusCode()).isEqualTo(403);
        assertThat(teacher.post("/teach/packs/csto-armenia/edit").statusCode()).isEqualTo(403);
        assertThat(teacher.get("/teach/packs/csto-armenia/download").statusCode()).isEqualTo(403);
        assertThat(teacher.get("/teach").asString()).contains("/packs/csto-armenia\"").doesNotContain("href=\"/teach/packs/csto-armenia\"");

        String adminEmail = "admin-" + UUID.randomUUID() + "@example.org";
        accounts.create(adminEmail, "Ad Min", PASSWORD, Role.ADMIN);
        Client admin = Client.signIn(adminEmail, PASSWORD);
        assertThat(admin.get("/teach/packs/csto-armenia").statusCode()).isEqualTo(200);
        assertThat(admin.get("/teach/packs/csto-armenia/download").statusCode()).isEqualTo(200);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        Client owner = teacher("owner");
        String packId = PackFixture.create(owner, PackFixture.newId("csrf"));

        Response forged = owner.postWithoutCsrf("/teach/packs/" + packId + "/publish");

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(AuthoringFlowTest.versionNumbers(packId)).isEmpty();
    }

    private static void check(List<String> wrong, String what, Response r, int expected) {
        if (r.statusCode() != expected) {
            wrong.add(what + ": " + r.statusCode() + " instead of " + expected);
        } else if (expected == 302 && !String.valueOf(r.getHeader("Location")).startsWith("/login")) {
            wrong.add(what + ": redirected to " + r.getHeader("Location") + " instead of /login");
        }
    }
}
