package org.sourced.web.i18n;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;

/**
 * The teacher's pages (authoring, the editors, classes and their dashboard) and the student's class pages speak
 * the reader's language: each page shows its translated words and none of the English ones it shows in English.
 * The English list is checked against the English page first, so a page that drops a string fails here too.
 */
@QuarkusTest
class TeacherPagesLanguageTest {

    private static final String PASSWORD = "correct horse battery";

    /** Page, then words that page shows in English: none of them may survive in Armenian or Russian. */
    private static final Map<String, List<String>> ENGLISH = Map.of(
            "home", List.of("My drafts", "All published packs", "New pack", "Create the pack", "Upload a pack", "Pack zip"),
            "pack", List.of("Problems", "Publish as version", "Discard the draft", "New lesson", "Edit the objectives",
                    "About the pack", "Scoring by default", "Published versions"),
            "question", List.of("New question", "Question id", "Add a choice", "Choose an objective", "Save the question",
                    "Where in it", "Difficulty", "1: recall"),
            "objectives", List.of("Save the objectives", "Add an objective", "Objective 1"),
            "classes", List.of("Create a class", "Students join with", "a nickname only", "Create the class"),
            "classroom", List.of("Join code:", "Make a new code", "Archive the class", "Assign a quiz", "Nothing assigned yet."),
            "dashboard", List.of("Question statistics (CSV)", "Students per score band", "Choices picked",
                    "How the numbers are worked out", "certainty-based marking", "of 0 students", "Scores of 0 students",
                    "Facility per question", "nobody has submitted yet.", "Score (%)"),
            "join", List.of("Type the join code your teacher gave you.", "Continue"));

    @Inject
    AccountService accounts;

    private String email;
    private String session;
    private String csrfCookie;
    private String csrfField;

    @BeforeEach
    void signIn() {
        email = "i18n-" + UUID.randomUUID() + "@example.org";
        accounts.create(email, "Teacher " + email.substring(5, 13), PASSWORD, Role.TEACHER);
        Response login = given().get("/packs/csto-armenia");
        csrfCookie = login.getCookie("csrf-token");
        csrfField = field(login.asString());
        Response r = given().redirects().follow(false).cookie("csrf-token", csrfCookie).formParam("csrf-token", csrfField)
                .formParam("email", email).formParam("password", PASSWORD).post("/login");
        assertThat(r.statusCode()).isEqualTo(303);
        session = r.getCookie("sourced_session");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hy", "ru"})
    void authoringPagesAreTranslated(String lang) throws IOException {
        String packId = "i18n-" + lang + "-" + UUID.randomUUID().toString().substring(0, 8);
        page(null, "/teach", "home", "en");
        String home = page(lang, "/teach", "home", lang);
        assertThat(home).contains(teach(lang, "teachMyDrafts"), teach(lang, "teachCreatePack"), teach(lang, "teachPackZipHint"));

        browser().formParam("id", packId).formParam("title", "Title " + packId).post("/teach/packs").then().statusCode(303);
        page(null, "/teach/packs/" + packId, "pack", "en");
        String pack = page(lang, "/teach/packs/" + packId, "pack", lang);
        assertThat(pack).contains(teach(lang, "teachDiscardDraft"), teach(lang, "typeClaimCheck"), teach(lang, "teachScoringDefault"))
                .contains("<h1>Title " + packId + "</h1>");

        String questionPath = "/teach/packs/" + packId + "/questions/new?type=single";
        page(null, questionPath, "question", "en");
        assertThat(page(lang, questionPath, "question", lang))
                .contains(teach(lang, "questionAddChoice"), teach(lang, "questionChooseSource"), teach(lang, "difficulty3"));

        page(null, "/teach/packs/" + packId + "/objectives", "objectives", "en");
        page(lang, "/teach/packs/" + packId + "/objectives", "objectives", lang);

        // a form check comes back in the reader's language, next to its field
        String invalid = browser().header("Accept-Language", lang).formParam("id", "Not An Id").formParam("title", "")
                .post("/teach/packs").then().statusCode(422).extract().asString();
        assertThat(invalid).contains(teach(lang, "errPackIdForm")).doesNotContain("A pack id holds only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hy", "ru"})
    void classPagesAreTranslated(String lang) throws IOException {
        RequestSpecification api = given().auth().preemptive().basic(email, PASSWORD).contentType(ContentType.JSON);
        long classId = api.body(Map.of("name", "Class " + lang, "nicknameOnly", true)).post("/api/classes")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        page(null, "/classes", "classes", "en");
        assertThat(page(lang, "/classes", "classes", lang)).contains(cls(lang, "classesCreate"), cls(lang, "joinWithNickname"));
        page(null, "/classes/" + classId, "classroom", "en");
        assertThat(page(lang, "/classes/" + classId, "classroom", lang)).contains(cls(lang, "classNewCode"), cls(lang, "classNoStudents"));

        long assignment = given().auth().preemptive().basic(email, PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("pack", "csto-armenia", "mode", "exam", "certainty", true)).post("/api/classes/" + classId + "/assignments")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        page(null, "/assignments/" + assignment, "dashboard", "en");
        assertThat(page(lang, "/assignments/" + assignment, "dashboard", lang))
                .contains(cls(lang, "dashBandsCaption"), cls(lang, "dashHowHeading"), cls(lang, "dashCertainty"));

        page(null, "/join", "join", "en");
        assertThat(page(lang, "/join", "join", lang)).contains(cls(lang, "codeIntro"));
    }

    /** The page in a language (null: no Accept-Language, so English); its English words present in English, absent otherwise. */
    private String page(String lang, String path, String name, String expected) {
        RequestSpecification r = browser();
        if (lang != null) {
            r = r.header("Accept-Language", lang);
        }
        String html = r.get(path).then().statusCode(200).extract().asString();
        assertThat(html).contains("<html lang=\"" + expected + "\">");
        for (String english : ENGLISH.get(name)) {
            if (expected.equals("en")) {
                assertThat(html).as("the English %s page", name).contains(english);
            } else {
                assertThat(html).as("the %s %s page", expected, name).doesNotContain(">" + english).doesNotContain("\"" + english)
                        .doesNotContain(" " + english + "<");
            }
        }
        return html;
    }

    private RequestSpecification browser() {
        return given().redirects().follow(false).cookie("csrf-token", csrfCookie).cookie("sourced_session", session)
                .formParam("csrf-token", csrfField);
    }

    /** A translation as the page prints it (escaped as Qute escapes). */
    private static String teach(String lang, String key) throws IOException {
        return html(MessagesTranslationTest.load("teach", lang).getProperty(key));
    }

    private static String cls(String lang, String key) throws IOException {
        return html(MessagesTranslationTest.load("cls", lang).getProperty(key));
    }

    private static String html(String text) {
        assertThat(text).isNotBlank();
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static String field(String page) {
        Matcher m = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
