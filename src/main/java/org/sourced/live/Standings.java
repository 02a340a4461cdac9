package org.sourced.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Players' scores and ranks from their answers: per question the answer of the last round the player voted in counts
 * (the peer-instruction revote replaces the first vote; a player who skipped the revote keeps the first). Ranks are
 * shared by equal scores (1, 2, 2, 4); a total is never below 0, like an attempt's.
 */
public final class Standings {

    /** One stored answer, as much of it as scoring needs. */
    public record Scored(long player, int n, int round, double points) {
    }

    public record Entry(int rank, long player, String nickname, double score) {
    }

    private final List<Entry> entries;
    private final Map<Long, Entry> byPlayer;

    private Standings(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.byPlayer = new HashMap<>();
        entries.forEach(e -> byPlayer.put(e.player(), e));
    }

    /** @param nicknames every player to rank, in join order; players without answers score 0 */
    public static Standings of(Map<Long, String> nicknames, List<Scored> answers) {
        Map<Long, Map<Integer, Scored>> last = new HashMap<>();
        for (Scored a : answers) {
            last.computeIfAbsent(a.player(), p -> new HashMap<>()).merge(a.n(), a, (x, y) -> y.round() > x.round() ? y : x);
        }
        Map<Long, Double> totals = new HashMap<>();
        nicknames.keySet().forEach(p -> {
            double sum = last.getOrDefault(p, Map.of()).values().stream().mapToDouble(Scored::points).sum();
            totals.put(p, Math.max(0, round2(sum)));
        });
        List<Long> players = new ArrayList<>(nicknames.keySet());
        players.sort(Comparator.comparingDouble((Long p) -> -totals.get(p)).thenComparing(p -> nicknames.get(p).toLowerCase()));
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < players.size(); i++) {
            long p = players.get(i);
            double score = totals.get(p);
            int rank = i > 0 && entries.get(i - 1).score() == score ? entries.get(i - 1).rank() : i + 1;
            entries.add(new Entry(rank, p, nicknames.get(p), score));
        }
        return new Standings(entries);
    }

    public List<Entry> top(int count) {
        return entries.subList(0, Math.min(count, entries.size()));
    }

    public List<Entry> all() {
        return entries;
    }

    public Entry of(long player) {
        return byPlayer.get(player);
    }

    public int players() {
        return entries.size();
    }

    static double round2(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
