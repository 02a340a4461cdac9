package org.sourced.quiz;

import org.sourced.accounts.Tokens;
import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/**
 * How a caller proves an attempt is theirs. A page request holds the attempt's unguessable link, and
 * when the attempt belongs to an account, must be signed in as that account. An API call holds the
 * attempt's bearer token.
 */
public sealed interface Access {

    record Link(Learner learner) implements Access {
    }

    record Token(String token) implements Access {
    }

    static Access link(Learner learner) {
        return new Link(learner);
    }

    static Access token(String token) {
        return new Token(token);
    }

    default void check(AttemptFacts facts) {
        boolean allowed;
        if (this instanceof Token t) {
            allowed = t.token() != null && java.security.MessageDigest.isEqual(
                    Tokens.hash(t.token()).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    facts.tokenHash().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } else {
            Learner learner = ((Link) this).learner();
            allowed = facts.accountId() == null || facts.accountId().equals(learner.accountId());
        }
        if (!allowed) {
            throw UserError.forbidden(this instanceof Token
                    ? UiText.msg(m -> m.errTokenNotThisAttempt())
                    : UiText.msg(m -> m.errAttemptNotYours()));
        }
    }
}
