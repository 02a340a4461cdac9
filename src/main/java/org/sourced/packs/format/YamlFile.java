package org.sourced.packs.format;

import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Parses one YAML file of a pack within limits set for the largest pack an upload can hold
 * ({@code sourced.upload.max-uncompressed-bytes}, 50 MB, may all be one question file), and says on which
 * line a limit was crossed.
 */
final class YamlFile {

    /** Code points in one file: above the 50 MB an uploaded zip may inflate to, so only a file no upload can hold is refused. */
    static final int MAX_CODE_POINTS = 64 * 1024 * 1024;
    /**
     * Aliases to lists and maps in one file. {@link PackWriter} writes none; a hand-written pack may share a
     * list or two. The reader never expands an alias beyond one level, so the limit only bounds the parse.
     */
    static final int MAX_ALIASES = 10_000;
    /** Nesting of lists and maps: a pack needs five levels (question file, question, choices, choice, value). */
    static final int MAX_DEPTH = 64;

    /** Why a file could not be parsed, and on which line (1-based, within the text given). */
    record Failure(int line, String message) {
    }

    private YamlFile() {
    }

    /** The file's root node (empty for an empty file), or throws {@link FailureException}. */
    static Optional<Node> compose(String label, String text) {
        LoadSettings settings = LoadSettings.builder().setLabel(label).setAllowDuplicateKeys(true)
                .setMaxAliasesForCollections(MAX_ALIASES).setCodePointLimit(MAX_CODE_POINTS).build();
        DepthLimited parser = new DepthLimited(new ParserImpl(settings, new StreamReader(settings, text)));
        try {
            return new Composer(settings, parser).getSingleNode();
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(parser.line);
            throw new FailureException(new Failure(line, firstLine(e.getProblem())));
        } catch (YamlEngineException e) {
            // the alias and size limits come without a mark: the last event read is where the file crossed them
            throw new FailureException(new Failure(parser.line, firstLine(e.getMessage())));
        }
    }

    static final class FailureException extends RuntimeException {
        final transient Failure failure;

        FailureException(Failure failure) {
            super(failure.message(), null, false, false);
            this.failure = failure;
        }
    }

    /**
     * Counts open lists and maps as the events stream by: the composer builds nested collections by recursion,
     * so a file of thousands of '[' would otherwise end in a StackOverflowError.
     */
    private static final class DepthLimited implements Parser {
        private final Parser parser;
        private int depth;
        int line = 1;

        DepthLimited(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return parser.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event event = parser.next();
            event.getStartMark().ifPresent(m -> line = m.getLine() + 1);
            switch (event.getEventId()) {
                case SequenceStart, MappingStart -> {
                    if (++depth > MAX_DEPTH) {
                        throw new FailureException(new Failure(line, "lists and maps nested too deeply (more than "
                                + MAX_DEPTH + " levels)"));
                    }
                }
                case SequenceEnd, MappingEnd -> depth--;
                default -> {
                }
            }
            return event;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
