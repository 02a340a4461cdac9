package org.sourced.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A student's or a teacher's browser: headless Chromium on the app under test, with steps that read like what a
 * person does ({@code open}, {@code follow}, {@code answer}, {@code check}, {@code next}, {@code submit},
 * {@code signInAs}, {@code select}, {@code attach}). Controls are found the way a person finds them, by their
 * label or their name, never by CSS class.
 *
 * <p>Every page the browser arrives on is checked before the test goes on: axe-core finds no serious or
 * critical accessibility violation, and the Nu Html Checker finds no error in the HTML as the server sent it.
 * A test that visits a page therefore proves that page accessible and valid, in every state it is seen in.
 */
public final class Browser implements AutoCloseable {

    /** Where screenshots and printouts land for a reviewer to look at. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Json JSON = new Json();

    private final Chromium.Session session;
    private final ChromeDriver driver;
    private final URI base;
    private final JavaScript javaScript;
    /** The latest document response for each address, from the DevTools events in the performance log. */
    private final Map<String, String> documentRequests = new HashMap<>();
    private boolean checks = true;

    private Browser(URL base, JavaScript javaScript) {
        Tools.requireBrowser();
        Tools.requireAxe();
        this.session = Chromium.start(javaScript);
        this.driver = session.driver();
        this.base = URI.create(base.toString());
        this.javaScript = javaScript;
    }

    public static Browser start(URL base, JavaScript javaScript) {
        return new Browser(base, javaScript);
    }

    public static Browser withJavaScript(URL base) {
        return start(base, JavaScript.ENABLED);
    }

    public static Browser withoutJavaScript(URL base) {
        return start(base, JavaScript.DISABLED);
    }

    @Override
    public void close() {
        session.quit();
    }

    public JavaScript javaScript() {
        return javaScript;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Turns the checks on arrival off, for the tests that prove the checkers themselves fail on a broken page. */
    public Browser withoutChecksOnArrival() {
        checks = false;
        return this;
    }

    // ---- going places -------------------------------------------------------------------------------

    /** Types an address into the address bar. */
    public Browser open(String path) {
        driver.get(base.resolve(path).toString());
        arrived();
        return this;
    }

    /** Follows a link by its text. */
    public Browser follow(String linkText) {
        return clickAndArrive(link(linkText));
    }

    /** Presses a button (or a link styled as one) by its name; the page it leads to is checked on arrival. */
    public Browser press(String name) {
        return clickAndArrive(button(name));
    }

    /**
     * Checks the answer to a checkpoint in a lesson. With JavaScript htmx swaps the feedback into the lesson
     * without loading a page; without it the form posts and the whole lesson comes back.
     */
    public Browser checkCheckpoint(String questionId) {
        WebElement button = button(checkpoint(questionId), "Check my answer");
        if (javaScript.on()) {
            return pressInPlace(button, b -> !driver.findElements(By.cssSelector("#cp-" + questionId + " .feedback, #cp-"
                    + questionId + " .field-error")).isEmpty());
        }
        return clickAndArrive(button);
    }

    /** Presses a button that changes part of the page without loading another (htmx); waits until {@code done}. */
    public Browser pressInPlace(String name, Predicate<Browser> done) {
        return pressInPlace(button(name), done);
    }

    private Browser pressInPlace(WebElement button, Predicate<Browser> done) {
        WebElement html = driver.findElement(By.tagName("html"));
        String name = nameOf(button);
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> done.test(this));
        if (!isAttached(html)) {
            throw new AssertionError("Pressing '" + name + "' loaded a new page instead of updating this one in place");
        }
        checkAccessibility();
        return this;
    }

    public Browser check() {
        return press("Check my answer");
    }

    public Browser next() {
        return press("Next →");
    }

    public Browser previous() {
        return press("← Previous");
    }

    public Browser finish() {
        return press("Finish…");
    }

    public Browser submit() {
        return press("Submit and see my result");
    }

    /** Forgets every cookie, as closing the browser does with session cookies. */
    public Browser clearCookies() {
        driver.manage().deleteAllCookies();
        return this;
    }

    // ---- filling in forms ---------------------------------------------------------------------------

    /**
     * Answers the question on the page: ticks the choices with these texts, or, for an ordering question,
     * numbers the items in the order given.
     */
    public Browser answer(String... texts) {
        return answer(List.of(texts));
    }

    public Browser answer(List<String> texts) {
        return answerWithin(driver, texts);
    }

    /** Answers the checkpoint question with this id inside a lesson. */
    public Browser answerCheckpoint(String questionId, List<String> texts) {
        return answerWithin(checkpoint(questionId), texts);
    }

    private Browser answerWithin(SearchContext scope, List<String> texts) {
        List<WebElement> positions = scope.findElements(By.cssSelector("fieldset.question input[type=number]"));
        if (!positions.isEmpty()) {
            for (int i = 0; i < texts.size(); i++) {
                WebElement field = field(scope, "Position of " + texts.get(i));
                field.clear();
                field.sendKeys(String.valueOf(i + 1));
            }
            return this;
        }
        for (WebElement box : scope.findElements(By.cssSelector("fieldset.question input[type=checkbox]:checked"))) {
            box.click(); // a fresh answer: untick what an earlier visit ticked
        }
        for (String text : texts) {
            WebElement choice = field(scope, text);
            if (!choice.isSelected()) {
                choice.click();
            }
        }
        return this;
    }

    /** Picks a radio button or ticks a box by its label. */
    public Browser choose(String label) {
        WebElement input = field(driver, label);
        if (!input.isSelected()) {
            input.click();
        }
        return this;
    }

    /** Types into the field with this label, replacing what it held. */
    public Browser fill(String label, String value) {
        WebElement input = field(driver, label);
        input.clear();
        input.sendKeys(value);
        return this;
    }

    /** Picks an option of the drop-down with this label, by the option's visible text. */
    public Browser select(String label, String option) {
        new Select(field(driver, label)).selectByVisibleText(option);
        return this;
    }

    /** The option the drop-down with this label shows as picked. */
    public String selected(String label) {
        return squash(new Select(field(driver, label)).getFirstSelectedOption().getText());
    }

    /**
     * Types a date into the date field with this label, as a person types it: day, month and year in the order
     * the field shows them, which follows the machine's locale rather than the page's language (month first on a
     * machine set to US English, day first in most other places). Both orders are tried, so the test does not
     * depend on how this machine is set up.
     */
    public Browser fillDate(String label, LocalDate date) {
        WebElement input = field(driver, label);
        String day = String.format("%02d", date.getDayOfMonth());
        String month = String.format("%02d", date.getMonthValue());
        String year = String.format("%04d", date.getYear());
        String value = "";
        for (String typed : List.of(month + day + year, day + month + year, year + month + day)) {
            input.clear();
            input.sendKeys(typed);
            value = input.getAttribute("value");
            if (date.toString().equals(value)) {
                return this;
            }
        }
        throw new AssertionError("Typed " + date + " into '" + label + "' in every order but the field holds '" + value + "'");
    }

    /** Chooses a file for the file input with this label, as the file picker does. */
    public Browser attach(String label, Path file) {
        field(driver, label).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /**
     * Signs in through the {@code /login} form with an email and password and lands where the form sends a person
     * (the home page); the session cookie is then in this browser.
     */
    public Browser signInAs(String email, String password) {
        open("/login").fill("Email", email).fill("Password", password).press("Sign in");
        if (path().startsWith("/login")) {
            throw new AssertionError("Signing in as " + email + " failed: " + text());
        }
        return this;
    }

    // ---- reading the page ---------------------------------------------------------------------------

    public String path() {
        URI now = URI.create(driver.getCurrentUrl());
        return now.getRawPath() + (now.getRawQuery() == null ? "" : "?" + now.getRawQuery());
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String title() {
        return driver.getTitle();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** The visible text of the main content, whitespace collapsed. */
    public String text() {
        return squash(driver.findElement(By.tagName("main")).getText());
    }

    /** The question on a quiz page or in a checkpoint: its stem and, for a claim check, the claim. */
    public ShownQuestion question() {
        return shownQuestion(driver.findElement(By.cssSelector("fieldset.question")));
    }

    public ShownQuestion checkpointQuestion(String questionId) {
        return shownQuestion(checkpoint(questionId).findElement(By.cssSelector("fieldset.question")));
    }

    /** What a question shows before it is answered: enough to look the question up in the pack. */
    public record ShownQuestion(String stem, String claim, List<String> choices, List<String> selected) {
    }

    private ShownQuestion shownQuestion(WebElement fieldset) {
        String stem = squash(fieldset.findElement(By.tagName("legend")).getText());
        List<WebElement> claims = fieldset.findElements(By.cssSelector("blockquote.claim"));
        String claim = claims.isEmpty() ? null : squash(claims.get(0).getText());
        List<String> choices = new ArrayList<>();
        List<String> selected = new ArrayList<>();
        for (WebElement label : fieldset.findElements(By.tagName("label"))) {
            String text = squash(label.getAttribute("textContent")).replaceFirst("^Position of ", "");
            choices.add(text);
            WebElement input = label.getAttribute("for") != null
                    ? driver.findElement(By.id(label.getAttribute("for")))
                    : label.findElement(By.tagName("input"));
            if (input.isSelected()) {
                selected.add(text);
            }
        }
        return new ShownQuestion(stem, claim, choices, selected);
    }

    /**
     * The body rows of the table with this caption (visually hidden or not), each as the texts of its cells
     * (header cells included) as rendered, so a line break separates words, whitespace collapsed.
     */
    public List<List<String>> table(String caption) {
        List<WebElement> tables = driver.findElements(By.xpath("//table[caption]")).stream()
                .filter(t -> squash(t.findElement(By.tagName("caption")).getAttribute("textContent")).equals(squash(caption)))
                .toList();
        return one(tables, "a table captioned '" + caption + "'").findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.findElements(By.cssSelector("th, td")).stream().map(c -> squash(c.getDomProperty("innerText"))).toList())
                .toList();
    }

    /** The feedback box shown after an answer (right or wrong, the key, the explanation, the evidence). */
    public String feedback() {
        return squash(driver.findElement(By.cssSelector("[role=status].feedback")).getText());
    }

    public boolean showsFeedback() {
        return !driver.findElements(By.cssSelector("[role=status].feedback")).isEmpty();
    }

    public WebElement checkpoint(String questionId) {
        return driver.findElement(By.id("cp-" + questionId));
    }

    // ---- layout, screenshots, printing ----------------------------------------------------------------

    public Browser resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long inner = ((Number) js().executeScript("return window.innerWidth")).longValue();
        if (inner != width) {
            // Some window managers keep a minimum window width; the viewport is what matters.
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        }
        return this;
    }

    /**
     * Fails when the page is wider than the window, so that a reader would have to scroll sideways; names the
     * elements that stick out.
     */
    public Browser checkFitsWidth() {
        long viewport = viewportWidth();
        long width = scrollWidth();
        if (width > viewport) {
            Object wide = js().executeScript(
                    "const w = document.documentElement.clientWidth;"
                    + "return [...document.querySelectorAll('body *')]"
                    + ".filter(e => Math.max(e.getBoundingClientRect().right, e.getBoundingClientRect().left + e.scrollWidth) > w + 0.5)"
                    + ".slice(0, 5)"
                    + ".map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                    + " + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
                    + " + ' (reaches ' + Math.round(Math.max(e.getBoundingClientRect().right, e.getBoundingClientRect().left + e.scrollWidth)) + ' px)')");
            throw new AssertionError(path() + " is " + width + " px wide in a " + viewport + " px window, so it scrolls sideways."
                    + " Too wide: " + wide);
        }
        return this;
    }

    /** How wide the page is laid out, in CSS pixels: wider than the viewport means sideways scrolling. */
    public long scrollWidth() {
        return ((Number) js().executeScript("return document.documentElement.scrollWidth")).longValue();
    }

    public long viewportWidth() {
        return ((Number) js().executeScript("return document.documentElement.clientWidth")).longValue();
    }

    /** Lays the page out as for printing (until {@link #screenMedia()}). */
    public Browser printMedia() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        return this;
    }

    public Browser screenMedia() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        return this;
    }

    /** Whether an element is laid out at all under the current media (display: none hides it). */
    public boolean isRendered(String cssSelector) {
        return Boolean.TRUE.equals(js().executeScript(
                "const e = document.querySelector(arguments[0]); return !!e && e.getClientRects().length > 0", cssSelector));
    }

    /** A picture of the whole page, not only the viewport, in {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) js().executeScript(
                "return {w: document.documentElement.scrollWidth, h: Math.min(document.documentElement.scrollHeight, 16000)}");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", size.get("w"), "height", size.get("h"), "scale", 1)));
        return save(fileName(name) + ".png", Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** The page printed to PDF by Chromium, in {@code target/screenshots/<name>.pdf}. */
    public Path printToPdf(String name) {
        Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", Map.of("printBackground", true,
                "preferCSSPageSize", true));
        return save(fileName(name) + ".pdf", Base64.getDecoder().decode((String) pdf.get("data")));
    }

    private String fileName(String name) {
        return javaScript.on() ? name : name + "-nojs";
    }

    private static Path save(String file, byte[] bytes) {
        try {
            Files.createDirectories(SCREENSHOTS);
            return Files.write(SCREENSHOTS.resolve(file), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the keyboard -----------------------------------------------------------------------------------

    /** Presses keys on whatever has the focus, as a person at the keyboard does. */
    public Browser keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Presses Tab until the focus is on an element that matches, and fails after {@code limit} presses. */
    public WebElement tabUntil(String what, Predicate<WebElement> target, int limit) {
        for (int i = 0; i < limit; i++) {
            keys(Keys.TAB);
            WebElement focused = focused();
            if (focused != null && target.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("After " + limit + " presses of Tab the focus never reached " + what + " on " + path());
    }

    public WebElement focused() {
        return (WebElement) js().executeScript("return document.activeElement");
    }

    /** The accessible name of an element as assistive technology would announce it. */
    public static String nameOf(WebElement element) {
        return squash(element.getAccessibleName());
    }

    /**
     * Drags {@code handle} with the mouse (press, move in small steps, release) onto the upper part of {@code onto},
     * so that what is dragged lands before it, and waits for the page the drop loads, which is then checked. The
     * moves are real input events (DevTools' Input domain), so the page sees the pointer events a person makes.
     */
    public Browser dragAndArrive(WebElement handle, WebElement onto) {
        WebElement html = driver.findElement(By.tagName("html"));
        int towardTop = onto.getRect().getHeight() / 2 - 4;
        Actions drag = new Actions(driver).moveToElement(handle).clickAndHold();
        for (int step = 1; step <= 4; step++) {
            drag.moveByOffset(0, step % 2 == 0 ? -3 : 3); // a few small moves first, as a hand makes
        }
        drag.moveToElement(onto, 0, 0).moveToElement(onto, 0, -towardTop / 2).moveToElement(onto, 0, -towardTop).release().perform();
        waitForNewDocument(html);
        arrived();
        return this;
    }

    /** Presses Enter on the focused control and waits for the page it loads, which is then checked. */
    public Browser enterAndArrive() {
        WebElement html = driver.findElement(By.tagName("html"));
        keys(Keys.ENTER);
        waitForNewDocument(html);
        arrived();
        return this;
    }

    /** Presses keys (a shortcut such as Ctrl+Enter, as {@code Keys.chord}) and waits for the page they load, which is then checked. */
    public Browser keysAndArrive(CharSequence... keys) {
        WebElement html = driver.findElement(By.tagName("html"));
        focused().sendKeys(keys);
        waitForNewDocument(html);
        arrived();
        return this;
    }

    /** Whether the focused element shows a focus ring: it matches :focus-visible and draws an outline. */
    public boolean focusIsVisible() {
        return Boolean.TRUE.equals(js().executeScript("""
                const e = document.activeElement;
                if (!e || e === document.body || !e.matches(':focus-visible')) return false;
                const s = getComputedStyle(e);
                const r = e.getBoundingClientRect();
                const inView = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
                return inView && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
                """));
    }

    // ---- the checks every page goes through ---------------------------------------------------------------

    /** Fails on any serious or critical axe-core violation on the page as it is now. */
    public Browser checkAccessibility() {
        List<Axe.Violation> blocking = Axe.run(driver, javaScript).stream().filter(Axe.Violation::blocking).toList();
        if (!blocking.isEmpty()) {
            throw new AssertionError("axe-core found " + blocking.size() + " serious or critical violation(s) on " + path() + ":\n  "
                    + blocking.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n  ")));
        }
        return this;
    }

    /** Every axe-core violation on the page, whatever its impact. */
    public List<Axe.Violation> accessibilityViolations() {
        return Axe.run(driver, javaScript);
    }

    /** Fails on any Nu Html Checker error in the HTML the server sent for this page. */
    public Browser checkHtml() {
        List<NuHtmlChecker.Error> errors = htmlErrors();
        if (!errors.isEmpty()) {
            throw new AssertionError("The Nu Html Checker found " + errors.size() + " error(s) in " + path() + ":\n  "
                    + errors.stream().map(NuHtmlChecker.Error::toString).collect(Collectors.joining("\n  ")));
        }
        return this;
    }

    public List<NuHtmlChecker.Error> htmlErrors() {
        return NuHtmlChecker.check(rawSource(), driver.getCurrentUrl());
    }

    /**
     * The document's HTML exactly as the server sent it: the body of the response that made this page, read
     * from DevTools' network buffer. {@code getPageSource()} would serialise the DOM instead, after the parser
     * fixed any mistakes, which would hide the very errors the checker looks for; fetching the address again
     * would not reproduce the reply to a form post.
     */
    public String rawSource() {
        readNetworkLog();
        String now = withoutFragment(driver.getCurrentUrl());
        String requestId = documentRequests.get(now);
        if (requestId == null) {
            throw new AssertionError("DevTools saw no document response for " + now + " (saw " + documentRequests.keySet() + ")");
        }
        Map<String, Object> body = driver.executeCdpCommand("Network.getResponseBody", Map.of("requestId", requestId));
        String text = (String) body.get("body");
        return Boolean.TRUE.equals(body.get("base64Encoded"))
                ? new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8)
                : text;
    }

    @SuppressWarnings("unchecked")
    private void readNetworkLog() {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> logged = JSON.toType(entry.getMessage(), Map.class);
            Map<String, Object> message = (Map<String, Object>) logged.get("message");
            if (!"Network.responseReceived".equals(message.get("method"))) {
                continue;
            }
            Map<String, Object> params = (Map<String, Object>) message.get("params");
            if ("Document".equals(params.get("type"))) {
                Map<String, Object> response = (Map<String, Object>) params.get("response");
                documentRequests.put(withoutFragment((String) response.get("url")), (String) params.get("requestId"));
            }
        }
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private void arrived() {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        if (!checks) {
            return;
        }
        if (driver.getTitle().startsWith("Something went wrong")) {
            throw new AssertionError("The server failed on " + path() + ": " + text());
        }
        checkHtml();
        checkAccessibility();
    }

    private Browser clickAndArrive(WebElement target) {
        WebElement html = driver.findElement(By.tagName("html"));
        target.click();
        waitForNewDocument(html);
        arrived();
        return this;
    }

    /** Waits until the page that held {@code oldRoot} has been replaced by another. */
    private void waitForNewDocument(WebElement oldRoot) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !isAttached(oldRoot));
    }

    /**
     * Whether an element still belongs to the page. While a navigation is under way, chromedriver may answer
     * "does not belong to the document" rather than "stale element": both mean the old page is gone.
     */
    private boolean isAttached(WebElement element) {
        try {
            element.isEnabled();
            return true;
        } catch (StaleElementReferenceException e) {
            return false;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return false;
            }
            throw e;
        }
    }

    private JavascriptExecutor js() {
        return driver;
    }

    // ---- finding things as a person does ----------------------------------------------------------------

    /** A link by its visible text. */
    public WebElement link(String text) {
        return one(driver.findElements(By.xpath("//a[normalize-space(.)=" + literal(text) + "]")), "a link '" + text + "'");
    }

    /** A button, or a link that looks like one, by its accessible name. */
    public WebElement button(String name) {
        return button(driver, name);
    }

    public WebElement button(SearchContext scope, String name) {
        String n = literal(name);
        List<WebElement> found = scope.findElements(By.xpath(".//button[normalize-space(.)=" + n + " or @aria-label=" + n + "]"
                + " | .//a[contains(concat(' ', @class, ' '), ' button ')][normalize-space(.)=" + n + "]"
                + " | .//input[@type='submit'][@value=" + n + "]"));
        if (found.isEmpty()) {
            // a button whose visible text is a symbol (↑) and whose name is visually hidden text: by its accessible name
            found = scope.findElements(By.xpath(".//button")).stream().filter(b -> nameOf(b).equals(name)).toList();
        }
        return one(found.stream().filter(WebElement::isDisplayed).toList(), "a button '" + name + "'");
    }

    /** A form control by the text of its label (a label around it, or one that points to it with for=). */
    public WebElement field(SearchContext scope, String label) {
        List<WebElement> labels = scope.findElements(By.xpath(".//label[normalize-space(.)=" + literal(label) + "]"));
        if (labels.isEmpty()) {
            // the visible text may leave out visually hidden words, so also match on the whole text content
            labels = scope.findElements(By.xpath(".//label")).stream()
                    .filter(l -> squash(l.getAttribute("textContent")).equals(squash(label))).toList();
        }
        WebElement found = one(labels, "a field labelled '" + label + "'");
        String target = found.getAttribute("for");
        if (target != null && !target.isEmpty()) {
            return driver.findElement(By.id(target));
        }
        return found.findElement(By.cssSelector("input, select, textarea"));
    }

    private WebElement one(List<WebElement> found, String what) {
        if (found.isEmpty()) {
            throw new NoSuchElementException("No " + what + " on " + path());
        }
        if (found.size() > 1) {
            throw new AssertionError(found.size() + " elements match " + what + " on " + path() + ": the test cannot tell them apart");
        }
        return found.get(0);
    }

    /** An XPath string literal for any text, quotes and apostrophes included. */
    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    public static String squash(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
