package org.sourced.packs.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * MathML as a line of plain text a student can read ({@code √2 > 2}, {@code (a+b)/2}, {@code x^2}), since
 * Sourced stores text and shows it escaped. Presentation markup is read first; when it gives nothing the
 * {@code alttext} attribute and then a text annotation (TeX, say) stand in. Nothing from the markup other
 * than its characters reaches the text.
 */
final class MathText {

    private static final Set<String> SPACED_OPERATORS = Set.of("=", "≠", "<", ">", "≤", "≥", "+", "-", "−", "±", "×",
            "÷", "→", "⇒", "⇔", "≈", "≡", "∈", "∉", "⊂", "⊆", "∪", "∩", "∧", "∨", "<=", ">=");
    private static final Map<String, String> ROOTS = Map.of("2", "√", "3", "∛", "4", "∜");
    private static final Set<String> SKIPPED = Set.of("annotation", "annotation-xml", "mphantom", "none", "mprescripts");

    private MathText() {
    }

    /** The text of a {@code <math>} element; empty when it holds nothing readable. */
    static String of(Element math) {
        String text = tidy(render(math));
        if (!text.isEmpty()) {
            return text;
        }
        String alt = math.getAttribute("alttext").strip();
        if (!alt.isEmpty()) {
            return alt;
        }
        for (Element annotation : Dom.descendants(math, "annotation")) {
            String a = annotation.getTextContent().strip();
            if (!a.isEmpty()) {
                return a;
            }
        }
        return "";
    }

    private static String render(Element e) {
        String name = Dom.name(e);
        if (SKIPPED.contains(name)) {
            return "";
        }
        List<String> parts = childParts(e);
        return switch (name) {
            case "mi", "mn", "mtext", "ms" -> e.getTextContent().strip();
            case "mo" -> {
                String op = e.getTextContent().strip();
                yield SPACED_OPERATORS.contains(op) ? " " + op + " " : op.equals(",") ? ", " : op;
            }
            case "mspace" -> " ";
            case "msqrt" -> "√" + group(String.join("", parts));
            case "mroot" -> parts.size() == 2
                    ? (ROOTS.containsKey(parts.get(1).strip()) ? ROOTS.get(parts.get(1).strip()) + group(parts.get(0))
                            : "root(" + parts.get(1).strip() + ", " + parts.get(0).strip() + ")")
                    : String.join("", parts);
            case "mfrac" -> parts.size() == 2 ? group(parts.get(0)) + "/" + group(parts.get(1)) : String.join("", parts);
            case "msup" -> parts.size() == 2 ? group(parts.get(0)) + "^" + group(parts.get(1)) : String.join("", parts);
            case "msub" -> parts.size() == 2 ? group(parts.get(0)) + "_" + group(parts.get(1)) : String.join("", parts);
            case "msubsup", "munderover" -> parts.size() == 3
                    ? parts.get(0).strip() + "_" + group(parts.get(1)) + "^" + group(parts.get(2)) : String.join("", parts);
            case "munder" -> parts.size() == 2 ? parts.get(0).strip() + "_" + group(parts.get(1)) : String.join("", parts);
            case "mover" -> parts.size() == 2 ? overscript(parts.get(0), parts.get(1)) : String.join("", parts);
            case "mfenced" -> e.getAttribute("open").isEmpty() && !e.hasAttribute("open") ? "(" + String.join(", ", parts) + ")"
                    : e.getAttribute("open") + String.join(", ", parts) + e.getAttribute("close");
            case "mtable" -> String.join("; ", parts);
            case "mtr", "mlabeledtr" -> String.join(", ", parts);
            case "semantics" -> parts.isEmpty() ? "" : parts.get(0);
            default -> String.join("", parts); // math, mrow, mstyle, mpadded, menclose, merror, mtd, mmultiscripts
        };
    }

    private static List<String> childParts(Element e) {
        List<String> parts = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                parts.add(render(child));
            } else if (n instanceof Text t && !t.getData().isBlank() && !Set.of("mi", "mn", "mo", "mtext", "ms").contains(Dom.name(e))) {
                parts.add(t.getData().strip());
            }
        }
        return parts;
    }

    private static String overscript(String base, String over) {
        String accent = over.strip();
        return switch (accent) {
            case "¯", "‾", "_", "−" -> group(base) + "\u0305";
            case "→", "⃗" -> group(base) + "\u20D7";
            case "^", "ˆ" -> group(base) + "\u0302";
            case "~", "˜" -> group(base) + "\u0303";
            case "." , "˙" -> group(base) + "\u0307";
            default -> base.strip() + "^" + group(over);
        };
    }

    /** A part as it is when it is one token ({@code 2}, {@code x}, {@code 10}), else in parentheses. */
    private static String group(String part) {
        String s = part.strip();
        if (s.codePointCount(0, s.length()) <= 1 || s.matches("[\\p{L}\\p{N}.]+")
                || s.startsWith("(") && s.endsWith(")") && balanced(s.substring(1, s.length() - 1))) {
            return s;
        }
        return "(" + s + ")";
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (char c : s.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private static String tidy(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
