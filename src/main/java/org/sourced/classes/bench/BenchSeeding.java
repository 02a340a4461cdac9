package org.sourced.classes.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.hibernate.Session;
import org.sourced.packs.SourcedConfig;
import org.sourced.accounts.Account;
import org.sourced.accounts.AccountService;
import org.sourced.accounts.Role;
import org.sourced.classes.Assignment;
import org.sourced.classes.AssignmentSettings;
import org.sourced.classes.Caller;
import org.sourced.classes.ClassService;
import org.sourced.classes.Classroom;
import org.sourced.classes.Enrollment;
import org.sourced.classes.StatisticsStore;
import org.sourced.packs.PackCatalog;
import org.sourced.packs.format.Choice;
import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;
import org.sourced.packs.format.QuestionType;
import org.sourced.quiz.Attempt;
import org.sourced.quiz.QuestionResponse;
import org.sourced.accounts.Tokens;
import org.sourced.quiz.draw.Draw;
import org.sourced.web.UserError;

/**
 * For bench/dashboard.sh only: makes a class with many students and submitted attempts, quickly (plain
 * inserts in batches, no scoring pass). Off unless {@code sourced.bench.seeding-enabled=true}, and then
 * for the admin only. Answers follow a simple item-response model (each student an ability, each
 * question a difficulty), so the statistics look like a real class's.
 */
@Path("/api/bench/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BenchSeeding {

    private static final int CHUNK = 250;

    @Inject
    SourcedConfig config;
    @Inject
    ClassService classes;
    @Inject
    AccountService accounts;
    @Inject
    PackCatalog catalog;
    @Inject
    StatisticsStore statistics;

    public record SeedJson(Integer students, Integer attemptsPerStudent, Integer questions, String pack, Long seed) {
    }

    public record SeededJson(long classId, long assignmentId, String teacherToken, int students, int attempts, int responses, long millis) {
    }

    @POST
    @RolesAllowed("admin")
    @Operation(hidden = true)
    public SeededJson seed(SeedJson body) {
        if (!config.bench().seedingEnabled()) {
            throw UserError.notFound("There is nothing at this address.");
        }
        int students = body == null || body.students() == null ? 500 : body.students();
        int per = body == null || body.attemptsPerStudent() == null ? 20 : body.attemptsPerStudent();
        int length = body == null || body.questions() == null ? 20 : body.questions();
        String packId = body == null || body.pack() == null ? "csto-armenia" : body.pack();
        Random random = new Random(body == null || body.seed() == null ? 42 : body.seed());
        long t0 = System.nanoTime();

        Account teacher = accounts.create("bench-" + Tokens.linkId().toLowerCase() + "@example.org", "Bench teacher",
                "bench-teacher-password", Role.TEACHER);
        String token = accounts.newToken(teacher.id, "bench");
        Caller caller = new Caller(teacher.id, false);
        Classroom c = classes.create(caller, "Bench class (" + students + " students)", true);
        Assignment s = classes.assign(caller, c.id, new AssignmentSettings(packId, "Bench quiz", null, length, Attempt.EXAM, null,
                null, null, null, "best", null, false, false, false));
        PackContent pack = classes.contentOf(s);
        List<String> pool = pack.questions().stream().map(Question::id).toList();

        List<Long> studentIds = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            Session session = Panache.getEntityManager().unwrap(Session.class);
            session.setJdbcBatchSize(CHUNK);
            Instant now = Instant.now();
            for (int i = 0; i < students; i++) {
                Account a = new Account();
                a.email = "nickname-bench-" + Tokens.linkId().toLowerCase() + "@students.invalid";
                a.displayName = "Student " + (i + 1);
                a.role = Role.STUDENT.key();
                a.createdAt = now;
                a.sessionsValidFrom = Instant.EPOCH;
                a.persist();
                Enrollment e = new Enrollment();
                e.classroomId = c.id;
                e.accountId = a.id;
                e.joinedAt = now;
                e.persist();
                studentIds.add(a.id);
            }
        });

        double[] ability = new double[students];
        for (int i = 0; i < students; i++) {
            ability[i] = random.nextGaussian();
        }
        java.util.Map<String, Double> difficulty = new java.util.HashMap<>();
        for (Question q : pack.questions()) {
            difficulty.put(q.id(), (q.difficulty() - 2) * 0.8 + random.nextGaussian() * 0.5);
        }
        int responses = 0;
        Instant start = Instant.now().minus(Duration.ofDays(7));
        int total = students * per;
        for (int from = 0; from < total; from += CHUNK) {
            int to = Math.min(total, from + CHUNK);
            int first = from;
            responses += QuarkusTransaction.requiringNew().call(() -> {
                Session session = Panache.getEntityManager().unwrap(Session.class);
                session.setJdbcBatchSize(CHUNK);
                int made = 0;
                for (int k = first; k < to; k++) {
                    int student = k % students;
                    made += attempt(s, pack, pool, length, studentIds.get(student), ability[student], difficulty, random,
                            start.plusSeconds(k * 60L));
                }
                session.flush();
                session.clear();
                return made;
            });
        }
        // the attempts went in without the submit path, so the running statistics are built from them once
        long t1 = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> statistics.rebuild(Assignment.findById(s.id)));
        long millis = Duration.ofNanos(System.nanoTime() - t0).toMillis();
        Log.infof("Seeded assignment %d: %d students, %d attempts, %d responses in %d ms (statistics rebuilt in %d ms)", s.id, students,
                total, responses, millis, Duration.ofNanos(System.nanoTime() - t1).toMillis());
        return new SeededJson(c.id, s.id, token, students, total, responses, millis);
    }

    private static int attempt(Assignment s, PackContent pack, List<String> pool, int length, long accountId, double ability,
                               java.util.Map<String, Double> difficulty, Random random, Instant startedAt) {
        long seed = random.nextLong();
        List<String> questionIds = Draw.questions(seed, pool, length);
        Attempt a = new Attempt();
        a.publicId = Tokens.linkId();
        a.tokenHash = Tokens.hash(Tokens.linkId());
        a.resultId = Tokens.linkId();
        a.packVersionId = s.packVersionId;
        a.ownerKey = "account:" + accountId;
        a.accountId = accountId;
        a.mode = s.mode;
        a.status = Attempt.SUBMITTED;
        a.selection = "all";
        a.seed = seed;
        a.questionCount = questionIds.size();
        a.lastSeq = questionIds.size();
        a.startedAt = startedAt;
        a.submittedAt = startedAt.plusSeconds(300 + random.nextInt(900));
        a.assignmentId = s.id;
        double score = 0;
        List<QuestionResponse> rows = new ArrayList<>();
        int position = 1;
        for (String qid : questionIds) {
            Question q = pack.question(qid).orElseThrow();
            QuestionResponse r = new QuestionResponse();
            r.position = position;
            r.questionId = qid;
            r.maxPoints = (double) q.points();
            boolean blank = random.nextDouble() < 0.04;
            if (!blank) {
                double p = 1 / (1 + Math.exp(-1.7 * (ability - difficulty.get(qid))));
                boolean right = random.nextDouble() < p;
                r.answer = QuestionResponse.join(right ? key(q) : wrong(q, random));
                r.answeredAt = a.startedAt.plusSeconds(position * 15L);
                r.seq = (long) position;
                r.points = right ? (double) q.points() : 0.0;
                r.fraction = right ? 1.0 : 0.0;
                r.correct = right;
                score += r.points;
            }
            rows.add(r);
            position++;
        }
        a.score = score;
        a.maxScore = rows.stream().mapToDouble(r -> r.maxPoints).sum();
        a.persist();
        for (QuestionResponse r : rows) {
            r.attemptId = a.id;
            r.persist();
        }
        return rows.size();
    }

    private static List<String> key(Question q) {
        return q.type() == QuestionType.ORDERING ? q.correctOrder() : List.copyOf(q.correctChoiceIds());
    }

    private static List<String> wrong(Question q, Random random) {
        if (q.type() == QuestionType.ORDERING) {
            List<String> order = new ArrayList<>(q.correctOrder());
            java.util.Collections.swap(order, 0, order.size() - 1);
            return order;
        }
        List<Choice> wrong = q.choices().stream().filter(ch -> !ch.correct()).toList();
        return List.of(wrong.get(random.nextInt(wrong.size())).id());
    }
}
