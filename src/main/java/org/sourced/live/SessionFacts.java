package org.sourced.live;

import java.util.List;
import java.util.Map;

import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.Question;
import org.sourced.scoring.ScoringRules;

/** What never changes in a session once started: its questions in order, each one's choice order, the scoring rules. */
public record SessionFacts(long id, List<String> questionIds, Map<String, Question> questions, Map<String, List<String>> choiceOrder,
                           PackContent pack, ScoringRules rules) {

    public Question question(int n) {
        return questions.get(questionIds.get(n - 1));
    }

    public List<String> order(int n) {
        return choiceOrder.get(questionIds.get(n - 1));
    }

    public int total() {
        return questionIds.size();
    }
}
