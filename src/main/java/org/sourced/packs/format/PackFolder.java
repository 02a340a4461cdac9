package org.sourced.packs.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Finds packs under a content directory and reads a pack folder's files from disk. */
public final class PackFolder {

    /** One pack read from {@code content/packs/<name>/}. */
    public record Found(Path dir, String prefix, PackReader.Result result) {
    }

    private PackFolder() {
    }

    /**
     * Every pack under {@code contentDir}: {@code contentDir/packs/*} when that exists, else the folders of
     * {@code contentDir} that hold a pack.yaml (so {@code validate content} and {@code validate content/packs} both work).
     */
    public static List<Found> readAll(Path contentDir) {
        Path packs = Files.isDirectory(contentDir.resolve("packs")) ? contentDir.resolve("packs") : contentDir;
        List<Found> found = new ArrayList<>();
        if (Files.isRegularFile(contentDir.resolve(PackReader.MANIFEST))) {
            found.add(readOne(contentDir, contentDir.getFileName() + "/"));
            return found;
        }
        if (!Files.isDirectory(packs)) {
            return found;
        }
        try (Stream<Path> dirs = Files.list(packs)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String prefix = contentDir.relativize(dir) + "/";
                found.add(readOne(dir, prefix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + packs, e);
        }
        return found;
    }

    public static Found readOne(Path dir, String prefix) {
        Map<String, String> files = new TreeMap<>();
        List<Problem> unreadable = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                String rel = dir.relativize(file).toString().replace('\\', '/');
                if (rel.startsWith(".") || rel.contains("/.")) {
                    continue; // editor and VCS droppings such as .DS_Store
                }
                try {
                    files.put(rel, decodeUtf8(Files.readAllBytes(file)));
                } catch (CharacterCodingException e) {
                    unreadable.add(new Problem(prefix + rel, 1, "not valid UTF-8: save the file as UTF-8"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        PackReader.Result result = PackReader.read(files, prefix);
        if (!unreadable.isEmpty()) {
            List<Problem> all = new ArrayList<>(unreadable);
            all.addAll(result.problems());
            result = new PackReader.Result(java.util.Optional.empty(), all);
        }
        return new Found(dir, prefix, result);
    }

    public static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }
}
