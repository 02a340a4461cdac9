package org.sourced.web;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Whether this page can carry a form that posts ({@code inject:forms.available}). quarkus-rest-csrf makes a
 * token only for requests that reach a resource method; the 404 page of an unknown address has none, and
 * asking for it there fails the whole page. The layout leaves out its forms (sign-out, language) then.
 */
@Named("forms")
@RequestScoped
public class Forms {

    @Inject
    CsrfTokenParameterProvider csrf;

    public boolean isAvailable() {
        try {
            return csrf.getToken() != null;
        } catch (IllegalStateException noToken) {
            return false;
        }
    }
}
