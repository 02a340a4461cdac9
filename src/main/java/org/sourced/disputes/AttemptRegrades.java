package org.sourced.disputes;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.sourced.quiz.RegradeNotes;

/** The regrades of an attempt that changed its score, oldest first, for the result page. */
@ApplicationScoped
public class AttemptRegrades implements RegradeNotes {

    @Override
    @Transactional
    public List<Note> of(long attemptId) {
        return Regrade.ofAttempt(attemptId).stream().filter(g -> g.oldScore != g.newScore || g.oldMax != g.newMax).map(g -> {
            Erratum e = Erratum.findById(g.erratumId);
            return new Note(g.questionId, g.regradedAt, g.oldScore, g.newScore, e == null ? 0 : e.number);
        }).toList();
    }
}
