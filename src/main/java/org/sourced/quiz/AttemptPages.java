package org.sourced.quiz;

import java.net.URI;
import java.util.List;
import java.util.Objects;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.sourced.packs.PackCatalog;
import org.sourced.packs.PackLanguages;
import org.sourced.packs.PackPages;
import org.sourced.packs.format.Question;
import org.sourced.web.UserError;
import org.sourced.web.i18n.UiLanguage;
import org.sourced.web.i18n.UiText;

/**
 * The quiz as pages: one question per page, plain forms, redirect after every post. Works without
 * JavaScript; the attempt's link is enough to resume it in another browser.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AttemptPages {

    @Inject
    AttemptService attempts;
    @Inject
    CurrentLearner learner;
    @Inject
    UiLanguage ui;
    @Inject
    Instance<RegradeNotes> regradeNotes;
    @Inject
    PackCatalog catalog;
    @Inject
    PackLanguages packLanguages;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance question(QuestionPage page);

        static native TemplateInstance summary(AttemptService.State state, List<QuestionPage.MapItem> map, int answered,
                                               long nextSeq, String notice);

        static native TemplateInstance result(ResultPage page, boolean mine, List<RegradeNotes.Note> regrades);

        static native TemplateInstance progress(List<ProgressRow> attempts, List<ReviewDue> due, boolean signedIn);
    }


    @POST
    @Path("attempts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(MultivaluedMap<String, String> form) {
        String pack = required(form, "pack");
        StartRequest request = new StartRequest(pack, form.getFirst("scope"), null, intField(form, "length", 10),
                form.getFirst("mode"), optionalInt(form, "timeLimitMinutes"), checkbox(form, "partialCredit"),
                checkbox(form, "negativeMarking"), checkbox(form, "certainty"), form.getFirst("nickname"), null);
        // the pack language the pack page was shown in (its hidden field), so the quiz goes on in it
        String lang = form.getFirst("lang");
        if (lang == null) {
            lang = catalog.current(pack).map(packLanguages::chosen).orElse(null);
        }
        AttemptService.Started started = attempts.start(request, learner.get(), learner.client(), lang);
        return seeOther("/attempts/" + started.attempt().publicId + "/questions/1");
    }

    /** The question page's language switch: the attempt goes on in another of its pack's languages. */
    @POST
    @Path("attempts/{id}/language")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response language(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        attempts.chooseLanguage(id, Access.link(learner.get()), form.getFirst("lang"));
        return Response.seeOther(PackPages.target(form.getFirst("back"), "/attempts/" + id)).build();
    }

    @GET
    @Path("attempts/{id}")
    public Response resume(@PathParam("id") String id) {
        AttemptService.State state = attempts.load(id, Access.link(learner.get()));
        if (state.attempt().isSubmitted()) {
            return seeOther("/results/" + state.attempt().resultId);
        }
        int next = state.responses().stream().filter(r -> !r.isAnswered()).mapToInt(r -> r.position).findFirst().orElse(-1);
        return seeOther(next < 0 ? "/attempts/" + id + "/summary" : "/attempts/" + id + "/questions/" + next);
    }

    @GET
    @Path("attempts/{id}/questions/{n}")
    public Response question(@PathParam("id") String id, @PathParam("n") int n) {
        AttemptService.State state = attempts.load(id, Access.link(learner.get()));
        if (state.attempt().isSubmitted()) {
            return seeOther("/results/" + state.attempt().resultId);
        }
        checkPosition(state, n);
        return page(200, QuestionPage.of(state, n, null, ui.messages()));
    }

    /**
     * Stores what the form holds, then goes where the pressed button says: check, previous, next, flag,
     * a square of the map (go-N), or finish. A repeated post (double click) whose answer is already stored
     * goes on as if it were the first.
     */
    @POST
    @Path("attempts/{id}/questions/{n}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") String id, @PathParam("n") int n, MultivaluedMap<String, String> form) {
        Access access = Access.link(learner.get());
        // the attempt's fixed facts come from memory: storing an answer costs only record()'s two statements
        AttemptFacts facts = attempts.factsFor(id, access);
        if (n < 1 || n > facts.questionIds().size()) {
            throw UserError.notFound(UiText.msg(m -> m.errQuestionRange(facts.questionIds().size(), n)));
        }
        String action = Objects.requireNonNullElse(form.getFirst("action"), "next");
        long seq = longField(form, "seq");
        Question q = attempts.question(facts, facts.questionIds().get(n - 1));
        List<String> answer;
        try {
            answer = new AnswerForm(form).answerFor(q);
        } catch (AnswerForm.Invalid e) {
            return page(422, QuestionPage.of(attempts.load(id, access), n, e.localMessage(), ui.messages()));
        }
        Integer certainty = facts.rules().certaintyBased() ? optionalInt(form, "certainty") : null;
        // what the page showed, so an unchanged form does not store the same answer again
        List<String> shown = splitIds(form.getFirst("shown"));
        if ("true".equals(form.getFirst("locked"))) {
            answer = shown; // a checked practice question keeps its answer; the database refuses a change anyway
        }
        boolean changed = !answer.equals(shown) || !Objects.equals(certainty, optionalInt(form, "shownCertainty"));
        boolean clearing = answer.isEmpty() && !shown.isEmpty() && !facts.isPractice();
        try {
            if (changed && (!answer.isEmpty() || clearing)) {
                if (facts.rules().certaintyBased() && !answer.isEmpty() && certainty == null) {
                    return page(422, QuestionPage.of(attempts.load(id, access), n, ui.messages().certaintyNeeded(), ui.messages()));
                }
                attempts.record(id, access, n, answer, certainty, seq);
                seq++;
                if (facts.isPractice()) {
                    return seeOther(questionUrl(id, n)); // show the feedback before moving on
                }
            } else if (action.equals("check") && answer.isEmpty() && !"true".equals(form.getFirst("locked"))) {
                return page(422, QuestionPage.of(attempts.load(id, access), n, ui.messages().chooseAnswerFirst(), ui.messages()));
            }
            if (action.equals("flag")) {
                attempts.flag(id, access, n, !"true".equals(form.getFirst("flagged")), seq);
                return seeOther(questionUrl(id, n));
            }
        } catch (AttemptService.AlreadyChecked checked) {
            // nothing was stored (the transaction rolled back): the post only moves on
        } catch (AttemptService.StaleSeq stale) {
            AttemptService.State now = attempts.load(id, access);
            if (!now.response(n).answerIds().equals(answer)) {
                return page(409, QuestionPage.of(now, n, stale.localMessage(), ui.messages()));
            }
            // a double click: the first post stored this very answer, so carry on
        } catch (UserError e) {
            if (e.status() == 409 || e.status() == 422) {
                return page(e.status(), QuestionPage.of(attempts.load(id, access), n, e.localMessage(), ui.messages()));
            }
            throw e;
        }
        return seeOther(target(id, n, action, facts.questionIds().size()));
    }

    private static List<String> splitIds(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
    }

    private static String target(String id, int n, String action, int total) {
        if (action.startsWith("go-")) {
            try {
                int to = Integer.parseInt(action.substring(3));
                if (to >= 1 && to <= total) {
                    return questionUrl(id, to);
                }
            } catch (NumberFormatException ignored) {
                // fall through to the next question
            }
        }
        return switch (action) {
            case "prev" -> questionUrl(id, Math.max(1, n - 1));
            case "finish" -> "/attempts/" + id + "/summary";
            case "check" -> questionUrl(id, n);
            default -> n < total ? questionUrl(id, n + 1) : "/attempts/" + id + "/summary";
        };
    }

    @GET
    @Path("attempts/{id}/summary")
    public Response summary(@PathParam("id") String id) {
        AttemptService.State state = attempts.load(id, Access.link(learner.get()));
        if (state.attempt().isSubmitted()) {
            return seeOther("/results/" + state.attempt().resultId);
        }
        return summaryPage(200, state, null);
    }

    @POST
    @Path("attempts/{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") String id) {
        Attempt a = attempts.submit(id, Access.link(learner.get()));
        return seeOther("/results/" + a.resultId);
    }

    @GET
    @Path("results/{resultId}")
    public TemplateInstance result(@PathParam("resultId") String resultId) {
        AttemptService.State state = attempts.loadResult(resultId);
        // only the learner who made the attempt may dispute its keys (a result link may be shared); a visitor with no
        // learner cookie is not asked for one
        boolean mine = learner.lastingKey().isPresent() && owns(state.attempt(), learner.get());
        List<RegradeNotes.Note> regrades = regradeNotes.isResolvable() ? regradeNotes.get().of(state.attempt().id) : List.of();
        return Templates.result(ResultPage.of(state), mine, regrades);
    }

    static boolean owns(Attempt a, Learner who) {
        return a.accountId != null ? a.accountId.equals(who.accountId()) : a.ownerKey.equals(who.ownerKey());
    }

    /** "Practise what I missed": a new practice attempt of the questions this result got wrong or skipped. */
    @POST
    @Path("results/{resultId}/missed")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response practiseMissed(@PathParam("resultId") String resultId) {
        AttemptService.State state = attempts.loadResult(resultId);
        List<String> missed = AttemptService.missed(state);
        if (missed.isEmpty()) {
            throw UserError.unprocessable(UiText.msg(m -> m.errNothingMissed()));
        }
        StartRequest request = new StartRequest(state.pack().id(), null, missed, 0, Attempt.PRACTICE, null,
                state.attempt().partialCredit, state.attempt().negativeMarking, state.attempt().certainty, state.attempt().nickname, null);
        AttemptService.Started started = attempts.startOnVersion(request, learner.get(), state.attempt().packVersionId, learner.client());
        return seeOther("/attempts/" + started.attempt().publicId + "/questions/1");
    }

    /** The learner's attempts and what is due for spaced review, per pack. */
    @GET
    @Path("me/progress")
    public TemplateInstance progress() {
        Learner who = learner.get();
        return Templates.progress(attempts.progress(who), attempts.reviewsDue(who), who.isSignedIn());
    }

    /** Starts a practice attempt of the questions due for review in one pack. */
    @POST
    @Path("me/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(MultivaluedMap<String, String> form) {
        String pack = required(form, "pack");
        AttemptService.Started started = attempts.startReview(pack, learner.get(), learner.client());
        return seeOther("/attempts/" + started.attempt().publicId + "/questions/1");
    }

    private Response summaryPage(int status, AttemptService.State state, String notice) {
        List<QuestionPage.MapItem> map = state.responses().stream()
                .map(r -> new QuestionPage.MapItem(r.position, r.isAnswered(), r.flagged, false, null)).toList();
        int answered = (int) map.stream().filter(QuestionPage.MapItem::answered).count();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.summary(state, map, answered, state.seq() + 1, notice)).build();
    }

    private static Response page(int status, QuestionPage page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(Templates.question(page)).build();
    }

    private static void checkPosition(AttemptService.State state, int n) {
        if (n < 1 || n > state.responses().size()) {
            throw UserError.notFound(UiText.msg(m -> m.errQuestionRange(state.responses().size(), n)));
        }
    }

    static String questionUrl(String id, int n) {
        return "/attempts/" + id + "/questions/" + n;
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    static String required(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        if (value == null || value.isBlank()) {
            throw UserError.badRequest(UiText.msg(m -> m.errFormMissing(name)));
        }
        return value.strip();
    }

    static int intField(MultivaluedMap<String, String> form, String name, int fallback) {
        Integer value = optionalInt(form, name);
        return value == null ? fallback : value;
    }

    static Integer optionalInt(MultivaluedMap<String, String> form, String name) {
        String raw = form.getFirst(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw UserError.unprocessable(UiText.msg(m -> m.errWholeNumber(name, raw)));
        }
    }

    static long longField(MultivaluedMap<String, String> form, String name) {
        String raw = form.getFirst(name);
        try {
            return Long.parseLong(raw == null ? "" : raw.strip());
        } catch (NumberFormatException e) {
            throw UserError.badRequest(UiText.msg(m -> m.errNoSeq()));
        }
    }

    static Boolean checkbox(MultivaluedMap<String, String> form, String name) {
        return "true".equals(form.getFirst(name)) || "on".equals(form.getFirst(name));
    }
}
