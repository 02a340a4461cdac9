package org.sourced.packs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.PackReader;

/**
 * Parsed packs, kept in memory. A published version never changes, so once parsed it is served from
 * here: a question page costs no query for the question itself.
 */
@ApplicationScoped
public class PackCatalog {

    private final Map<Long, PackContent> published = new ConcurrentHashMap<>();
    private volatile List<PackVersion> listing;

    /** The parsed content of a stored version. Drafts are read afresh each time (they change). */
    public PackContent content(PackVersion version) {
        if (version.isPublished()) {
            return published.computeIfAbsent(version.id, id -> parse(version));
        }
        return parse(version);
    }

    /** The parsed content of a published version by id, from memory when it has been seen. */
    public Optional<PackContent> publishedContent(long versionId) {
        PackContent cached = published.get(versionId);
        if (cached != null) {
            return Optional.of(cached);
        }
        return Optional.ofNullable(PackVersion.<PackVersion>findById(versionId)).map(this::content);
    }

    /** The newest published version of every pack, for the home page and the API. */
    public List<PackVersion> listing() {
        List<PackVersion> current = listing;
        if (current == null) {
            current = PackVersion.currentPublished();
            listing = current;
        }
        return current;
    }

    public Optional<PackVersion> current(String packId) {
        return listing().stream().filter(v -> v.packId.equals(packId)).findFirst();
    }

    void forgetListings() {
        listing = null;
    }

    private static PackContent parse(PackVersion version) {
        PackReader.Result result = PackReader.read(PackFile.filesOf(version.id), version.packId + "/");
        return result.pack().orElseThrow(() -> new IllegalStateException(
                "stored pack " + version.packId + " v" + version.versionNo + " no longer reads: " + result.problems()));
    }
}
