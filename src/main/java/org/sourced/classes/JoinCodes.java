package org.sourced.classes;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Join codes: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L, U), about 59 random
 * bits, so a code cannot be guessed; shown in groups of four ({@code K7QM-3XHD-R9PA}) and read back
 * whatever the case, spaces or dashes.
 */
public final class JoinCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    public static String generate() {
        return generate(RANDOM);
    }

    static String generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The stored form of what someone typed or clicked: upper case, letters and digits only; "" when null. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder code = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                code.append(c);
            }
        }
        return code.toString();
    }

    /** The code as shown to people: groups of four joined by dashes. */
    public static String display(String code) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                shown.append('-');
            }
            shown.append(code.charAt(i));
        }
        return shown.toString();
    }
}
