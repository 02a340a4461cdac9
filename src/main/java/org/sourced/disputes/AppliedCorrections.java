package org.sourced.disputes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sourced.classes.Assignment;
import org.sourced.classes.KeyCorrections;
import org.sourced.packs.PackCatalog;
import org.sourced.packs.format.Question;

/**
 * For an assignment's statistics: each question's newest correction under which some attempt of the assignment was
 * regraded. The regrade moved those attempts' marks to the corrected key, so the statistics' key must move too.
 */
@ApplicationScoped
public class AppliedCorrections implements KeyCorrections {

    @Inject
    PackCatalog catalog;

    @Override
    @Transactional
    public Map<String, Question> applied(Assignment s) {
        List<Erratum> errata = Erratum.list("from Erratum e where e.packId = ?1 and e.kind = ?2 and exists (select g.id from Regrade g "
                + "where g.erratumId = e.id and g.attemptId in (select a.id from Attempt a where a.assignmentId = ?3)) order by e.number",
                s.packId, Erratum.CORRECT, s.id);
        Map<String, Question> out = new HashMap<>();
        for (Erratum e : errata) { // oldest first: a later correction of the same question replaces an earlier one
            catalog.publishedContent(e.packVersionId).flatMap(p -> p.question(e.questionId)).ifPresent(q -> out.put(e.questionId, q));
        }
        return out;
    }
}
