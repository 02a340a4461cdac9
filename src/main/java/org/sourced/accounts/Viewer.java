package org.sourced.accounts;

import java.util.Optional;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Who is looking at a page, for templates ({@code inject:viewer}) and resources. No query: it reads the identity. */
@Named("viewer")
@RequestScoped
public class Viewer {

    @Inject
    SecurityIdentity identity;

    public boolean isSignedIn() {
        return !identity.isAnonymous() && identity.getAttribute(SourcedAuthentication.ACCOUNT_ID) != null;
    }

    public Optional<Long> accountId() {
        return isSignedIn() ? Optional.of((Long) identity.getAttribute(SourcedAuthentication.ACCOUNT_ID)) : Optional.empty();
    }

    /** The account id; only call where a role check already guarantees a signed-in caller. */
    public long id() {
        return accountId().orElseThrow(() -> new IllegalStateException("no signed-in account"));
    }

    public String name() {
        return isSignedIn() ? identity.getAttribute(SourcedAuthentication.DISPLAY_NAME) : "";
    }

    public boolean isTeacher() {
        return identity.hasRole("teacher");
    }

    public boolean isAdmin() {
        return identity.hasRole("admin");
    }
}
