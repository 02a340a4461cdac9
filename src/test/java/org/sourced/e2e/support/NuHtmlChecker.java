package org.sourced.e2e.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker ({@code nu.validator:validator} from Maven Central) run in-process on a page's HTML as
 * the server sent it, with the same schema and parser set-up as {@code vnu --errors-only}. Setting the schema
 * up takes a couple of seconds, so one checker serves every test; checking a page then takes milliseconds.
 */
public final class NuHtmlChecker {

    /** One error: where it is and what the checker says. */
    public record Error(int line, int column, String message) {
        @Override
        public String toString() {
            return "line " + line + ", column " + column + ": " + message;
        }
    }

    private static SimpleDocumentValidator validator;
    private static final List<Error> errors = new ArrayList<>();

    private static final ErrorHandler HANDLER = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // --errors-only: warnings and info are not failures
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(new Error(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(new Error(e.getLineNumber(), e.getColumnNumber(), "fatal: " + e.getMessage()));
        }
    };

    private NuHtmlChecker() {
    }

    /** The errors in one HTML document; {@code address} only names it in messages. */
    public static synchronized List<Error> check(String html, String address) {
        errors.clear();
        try {
            if (validator == null) {
                SimpleDocumentValidator v = new SimpleDocumentValidator(true, false, false);
                v.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, HANDLER);
                v.setUpValidatorAndParsers(HANDLER, true, false);
                validator = v;
            }
            InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            source.setEncoding("UTF-8");
            source.setSystemId(address);
            validator.checkHtmlInputSource(source);
        } catch (Exception e) {
            throw new IllegalStateException("The Nu Html Checker could not check " + address + ": " + e, e);
        }
        return List.copyOf(errors);
    }
}
