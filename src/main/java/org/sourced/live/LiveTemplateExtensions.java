package org.sourced.live;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.TemplateExtension;

import org.sourced.classes.statistics.Svg;
import org.sourced.classes.statistics.SvgCharts;
import org.sourced.web.i18n.LiveMessages;
import org.sourced.web.i18n.Messages;
import org.sourced.web.i18n.UiText;

/** The live pages' pictures: the join QR code and the bars of a question's votes (the same numbers are in a table beside them). */
@TemplateExtension
public class LiveTemplateExtensions {

    /** Colour of the key's bars, as on the class dashboard. */
    private static final String KEY = "#1a7f37";
    private static final String BAR = "#0b5cad";

    /** The votes of the round shown (the revote, with peer instruction); green bars for the key once revealed. */
    static Svg votesChart(LiveViews.HostView v) {
        LiveMessages t = UiText.Bundles.current(LiveMessages.class);
        return chart("votes-" + v.n(), t.chartVotes(v.n()), t.chartVotesDesc(), v.counts(), v.maxPicked());
    }

    /** The first vote of a peer-instruction question, beside the revote. */
    static Svg firstVoteChart(LiveViews.HostView v) {
        LiveMessages t = UiText.Bundles.current(LiveMessages.class);
        return chart("first-vote-" + v.n(), t.chartFirstVote(v.n()), t.chartVotesDesc(), v.firstVote(), v.maxPicked());
    }

    /** A choice as the page words it: true/false and claim-check choices in the UI language, others as the pack has them. */
    static String label(LiveViews.ChoiceCount c) {
        Messages m = UiText.Bundles.current(Messages.class);
        return switch (c.type()) {
            case "true-false" -> c.id().equals("true") ? m.choiceTrue() : m.choiceFalse();
            case "claim-check" -> switch (c.id()) {
                case "supported" -> m.verdictSupported();
                case "refuted" -> m.verdictRefuted();
                default -> m.verdictNotInEvidence();
            };
            default -> c.text();
        };
    }

    private static Svg chart(String id, String title, String description, List<LiveViews.ChoiceCount> counts, long max) {
        LiveMessages t = UiText.Bundles.current(LiveMessages.class);
        List<SvgCharts.Bar> bars = new ArrayList<>();
        for (LiveViews.ChoiceCount c : counts) {
            String text = c.key() ? t.chartKeyCount(c.picked()) : String.valueOf(c.picked());
            bars.add(new SvgCharts.Bar(label(c), c.picked(), text, c.key() ? KEY : BAR));
        }
        return SvgCharts.bars(id, title, description, bars, Math.max(1, max));
    }
}
