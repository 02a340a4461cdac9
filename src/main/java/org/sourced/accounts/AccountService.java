package org.sourced.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sourced.limits.LoginLockout;
import org.sourced.packs.SourcedConfig;
import org.sourced.web.TooManyRequests;
import org.sourced.web.UserError;
import org.sourced.web.i18n.UiText;

/** Creating accounts, checking passwords (throttled), invites, tokens, and the first admin. */
@ApplicationScoped
public class AccountService {

    public static final int MIN_PASSWORD = 10;
    static final Duration INVITE_LIFETIME = Duration.ofDays(7);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** A fixed hash to compare against when the account does not exist, so timing does not tell. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not a real password", 10);

    @Inject
    Sessions sessions;
    @Inject
    SourcedConfig config;

    @Inject
    LoginLimitsConfig limits;

    /** Sign-in throttling with device cookies; replaced by tests for a clean count on a clock of their own. */
    LoginLockout lockout;

    @PostConstruct
    void init() {
        freshLockout(Clock.systemUTC());
    }

    void freshLockout(Clock clock) {
        lockout = new LoginLockout(new LoginLockout.Rules(limits.untrustedFailures(), limits.deviceFailures(), limits.addressFailures(),
                limits.window()), clock);
    }

    /** On a start with no admin yet, SOURCED_ADMIN_EMAIL and SOURCED_ADMIN_PASSWORD make one. */
    @Transactional
    void onStart(@Observes StartupEvent event) {
        Optional<String> email = config.admin().email();
        Optional<String> password = config.admin().password();
        if (email.isPresent() && password.isPresent() && !Account.adminExists()) {
            create(email.get(), "Administrator", password.get(), Role.ADMIN);
            Log.infof("Created the first admin account %s from the configuration", Account.normaliseEmail(email.get()));
        }
    }

    @Transactional
    public Account create(String email, String name, String password, Role role) {
        String normal = Account.normaliseEmail(email);
        if (!EMAIL.matcher(normal).matches() || normal.length() > 254) {
            throw UserError.unprocessable(UiText.msg(m -> m.errNotEmail(email)));
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw UserError.unprocessable(UiText.msg(m -> m.errNameLength()));
        }
        checkPassword(password);
        if (Account.byEmail(normal).isPresent()) {
            throw UserError.unprocessable(UiText.msg(m -> m.errEmailTaken(normal)));
        }
        return persist(normal, name.strip(), BcryptUtil.bcryptHash(password), role);
    }

    /** A student known only by a nickname inside a class: no email, no password, a class token instead. */
    @Transactional
    public Account createNicknameStudent(String nickname) {
        if (nickname == null || nickname.isBlank() || nickname.length() > 60) {
            throw UserError.unprocessable(UiText.msg(m -> m.errNicknameLength()));
        }
        return persist("nickname-" + Tokens.linkId().toLowerCase() + "@students.invalid", nickname.strip(), null, Role.STUDENT);
    }

    private static Account persist(String email, String name, String hash, Role role) {
        Account a = new Account();
        a.email = email;
        a.displayName = name;
        a.passwordHash = hash;
        a.role = role.key();
        a.disabled = false;
        a.createdAt = Instant.now();
        a.sessionsValidFrom = Instant.EPOCH;
        a.persist();
        return a;
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw UserError.unprocessable(UiText.msg(m -> m.errPasswordShort(MIN_PASSWORD)));
        }
        if (password.length() > 72) {
            throw UserError.unprocessable(UiText.msg(m -> m.errPasswordLong()));
        }
    }

    /** {@link #authenticate(String, String, String, String)} from a client without a device cookie. */
    @Transactional
    public Account authenticate(String email, String password, String address) {
        return authenticate(email, password, address, null);
    }

    /**
     * The account whose email and password these are, or a 4xx that says why not (and how long to wait). A genuine
     * device cookie for this account ({@code deviceCookie}, else null) gives this browser its own failure budget, so a
     * guesser elsewhere cannot lock the owner out (docs/security.md, "Sign-in throttling").
     */
    @Transactional
    public Account authenticate(String email, String password, String address, String deviceCookie) {
        String normal = Account.normaliseEmail(email);
        String device = sessions.deviceFor(deviceCookie, normal).orElse(null);
        Duration wait = lockout.waitFor(normal, device, address);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new TooManyRequests(UiText.msg(m -> m.errTooManySignIns(seconds)), wait);
        }
        Optional<Account> account = Account.byEmail(normal);
        String hash = account.map(a -> a.passwordHash).filter(h -> h != null).orElse(DUMMY_HASH);
        boolean matches = password != null && BcryptUtil.matches(password, hash);
        if (account.isEmpty() || !matches || account.get().passwordHash == null) {
            lockout.failed(normal, device, address);
            throw new UserError(401, "Not signed in", UiText.msg(m -> m.errSignInWrong()));
        }
        if (account.get().disabled) {
            throw UserError.forbidden(UiText.msg(m -> m.errAccountDisabled()));
        }
        lockout.succeeded(normal, device);
        return account.get();
    }

    @Transactional
    public void changePassword(long accountId, String current, String next) {
        Account a = Account.findById(accountId);
        if (a.passwordHash == null || current == null || !BcryptUtil.matches(current, a.passwordHash)) {
            throw UserError.unprocessable(UiText.msg(m -> m.errCurrentPassword()));
        }
        checkPassword(next);
        a.passwordHash = BcryptUtil.bcryptHash(next);
        sessions.voidAllOf(a);
    }

    @Transactional
    public void setDisabled(long accountId, boolean disabled, long byAdmin) {
        if (accountId == byAdmin) {
            throw UserError.unprocessable(UiText.msg(m -> m.errDisableSelf()));
        }
        Account a = Account.<Account>findByIdOptional(accountId).orElseThrow(() -> UserError.notFound(UiText.msg(m -> m.errNoAccount())));
        a.disabled = disabled;
        if (disabled) {
            sessions.voidAllOf(a);
        }
    }

    /** A new invite link's secret; shown once to the admin, stored only as a hash. */
    @Transactional
    public String invite(Role role, long byAdmin) {
        String secret = Tokens.secret();
        Invite i = new Invite();
        i.tokenHash = Tokens.hash(secret);
        i.role = role.key();
        i.createdBy = byAdmin;
        i.createdAt = Instant.now();
        i.expiresAt = i.createdAt.plus(INVITE_LIFETIME);
        i.persist();
        return secret;
    }

    public Optional<Invite> usableInvite(String secret) {
        return Invite.usable(Tokens.hash(secret), Instant.now());
    }

    @Transactional
    public Account acceptInvite(String secret, String email, String name, String password) {
        Invite invite = Invite.usable(Tokens.hash(secret), Instant.now())
                .orElseThrow(() -> UserError.notFound(UiText.msg(m -> m.errInviteUsed())));
        Account a = create(email, name, password, Role.fromKey(invite.role));
        // claimed in one conditional update: of two acceptances racing, one row changes and the other's transaction
        // (its new account with it) rolls back
        if (!Invite.claim(invite.id, Instant.now())) {
            throw UserError.notFound(UiText.msg(m -> m.errInviteUsed()));
        }
        return a;
    }

    /** A new personal API token's secret, shown once. */
    @Transactional
    public String newToken(long accountId, String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw UserError.unprocessable(UiText.msg(m -> m.errTokenName()));
        }
        String secret = ApiToken.PREFIX + Tokens.secret();
        ApiToken t = new ApiToken();
        t.accountId = accountId;
        t.name = name.strip();
        t.tokenHash = Tokens.hash(secret);
        t.createdAt = Instant.now();
        t.revoked = false;
        t.persist();
        return secret;
    }

    @Transactional
    public void revokeToken(long accountId, long tokenId) {
        ApiToken t = ApiToken.<ApiToken>findByIdOptional(tokenId).filter(x -> x.accountId == accountId)
                .orElseThrow(() -> UserError.notFound(UiText.msg(m -> m.errNoToken())));
        t.revoked = true;
    }

    /** The live account behind a bearer token, if any. */
    @Transactional
    public Optional<Account> byToken(String secret) {
        return ApiToken.byHash(Tokens.hash(secret)).map(t -> Account.<Account>findById(t.accountId)).filter(a -> !a.disabled);
    }
}
