package org.sourced.quiz.draw;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Deterministic draws for a quiz attempt: which questions, and in which order the choices appear.
 *
 * <p>An attempt stores only its seed; every page recomputes the same order from it, on any JVM and
 * machine. That holds because:
 * <ul>
 *   <li>{@link java.util.Random}'s algorithm is fixed by its specification (unlike
 *       {@code SplittableRandom} or {@code Collections.shuffle}, whose algorithms may change), and the
 *       shuffle below is our own Fisher-Yates loop over {@code nextInt(bound)};</li>
 *   <li>the per-question seed mixes the attempt seed with {@link String#hashCode()}, whose formula
 *       ({@code s[0]*31^(n-1) + ... + s[n-1]}) is part of the Java specification;</li>
 *   <li>ids are sorted before shuffling, so the result depends on the set of ids and the seed, not on
 *       the order a database or a pack file happened to list them in.</li>
 * </ul>
 * Lists are expected to hold distinct ids.
 */
public final class Draw {

    // Separates the pool shuffle's stream from any question's, so a question id cannot collide with it.
    private static final long POOL_SALT = 0x5EEDC0DE5EEDC0DEL;

    private Draw() {
    }

    /**
     * The attempt's questions: a shuffle of the pool fixed by the seed, cut to {@code length}
     * ({@code length <= 0} or longer than the pool: the whole pool).
     */
    public static List<String> questions(long seed, List<String> poolIds, int length) {
        List<String> order = shuffled(poolIds, new Random(mix(seed ^ POOL_SALT)));
        int n = length <= 0 || length > order.size() ? order.size() : length;
        return List.copyOf(order.subList(0, n));
    }

    /**
     * The display order of a question's choices, fixed by (seed, question id). Any order may come
     * out, the key order included; ordering items use {@link #startingOrder} instead.
     */
    public static List<String> choices(long seed, String questionId, List<String> choiceIds) {
        return List.copyOf(shuffled(choiceIds, new Random(seedFor(seed, questionId))));
    }

    /**
     * The order an ordering item's items start in: the {@link #choices} shuffle, except that it never
     * is the key order (with two or more items), since an item that starts solved tests nothing. When
     * the shuffle lands on the key, it is rotated by one.
     */
    public static List<String> startingOrder(long seed, String questionId, List<String> keyOrder) {
        List<String> order = new ArrayList<>(choices(seed, questionId, keyOrder));
        if (order.size() >= 2 && order.equals(keyOrder)) {
            Collections.rotate(order, -1);
        }
        return List.copyOf(order);
    }

    static long seedFor(long seed, String questionId) {
        return mix(seed ^ mix(questionId.hashCode()));
    }

    // SplitMix64's finaliser: neighbouring seeds (attempt 41, 42) give unrelated orders.
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static List<String> shuffled(List<String> ids, Random random) {
        List<String> list = new ArrayList<>(ids);
        Collections.sort(list);
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
        return list;
    }
}
