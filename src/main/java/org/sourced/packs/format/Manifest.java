package org.sourced.packs.format;

import java.util.List;
import java.util.Optional;

/** The contents of {@code pack.yaml}. */
public record Manifest(
        String id,
        String title,
        String summary,
        String language,
        String version,
        String licence,
        List<String> authors,
        List<Objective> objectives,
        List<Source> sources,
        List<QuestionSet> sets,
        ScoringPolicy scoring) {

    public Manifest {
        authors = List.copyOf(authors);
        objectives = List.copyOf(objectives);
        sources = List.copyOf(sources);
        sets = List.copyOf(sets);
        scoring = scoring == null ? ScoringPolicy.DEFAULT : scoring;
    }

    /** The same manifest with other objectives. */
    public Manifest withObjectives(List<Objective> other) {
        return new Manifest(id, title, summary, language, version, licence, authors, other, sources, sets, scoring);
    }

    /** The same manifest with other sources. */
    public Manifest withSources(List<Source> other) {
        return new Manifest(id, title, summary, language, version, licence, authors, objectives, other, sets, scoring);
    }

    public Optional<Source> source(String sourceId) {
        return sources.stream().filter(s -> sourceId.equals(s.id())).findFirst();
    }

    public Optional<Objective> objective(String objectiveId) {
        return objectives.stream().filter(o -> o.id().equals(objectiveId)).findFirst();
    }
}
