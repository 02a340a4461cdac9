package org.sourced.e2e.support;

import java.util.UUID;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.sourced.accounts.Account;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;

/**
 * A teacher's account and their browser, with the steps in the app's own words on top of {@link Browser}. The
 * account is made directly in the running app (as the HTTP tests make theirs); everything after that goes
 * through the pages, starting with the {@code /login} form.
 */
public final class Teacher {

    public static final String PASSWORD = "correct horse battery";

    private final Browser browser;
    private final String email;
    private final String name;

    private Teacher(Browser browser, String email, String name) {
        this.browser = browser;
        this.email = email;
        this.name = name;
    }

    /**
     * A new teacher account with an email no other test uses. The app sends everyone from {@code /login} to
     * {@code /setup} while it has no admin, so an admin is made first when there is none yet.
     */
    public static Teacher newAccount(Browser browser, String name) {
        String email = "teacher-" + UUID.randomUUID() + "@example.org";
        AccountService accounts = Arc.container().instance(AccountService.class).get();
        QuarkusTransaction.requiringNew().run(() -> {
            if (!Account.adminExists()) {
                accounts.create("e2e-admin-" + UUID.randomUUID() + "@example.org", "E2E admin", PASSWORD, Role.ADMIN);
            }
            accounts.create(email, name, PASSWORD, Role.TEACHER);
        });
        return new Teacher(browser, email, name);
    }

    public Browser browser() {
        return browser;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    /** Signs in through the login form; the header then shows the teacher's name and the Teach and Classes links. */
    public Teacher signsIn() {
        browser.signInAs(email, PASSWORD);
        return this;
    }

    /** From the header's Classes link: creates a class that students join with this (the option's text), lands on it. */
    public Teacher createsAClass(String className, String joinWith) {
        browser.follow("Classes");
        browser.fill("Name", className).select("Students join with", joinWith).press("Create the class");
        return this;
    }

    /** On a class's page: the join code students type. */
    public String joinCode() {
        return Browser.squash(browser.driver().findElement(org.openqa.selenium.By.id("join-code")).getText());
    }
}
