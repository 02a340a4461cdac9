package org.sourced.packs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.PackReader;
import org.sourced.packs.format.PackTranslations;

/**
 * Parsed packs, kept in memory. A published version never changes, so once parsed it is served from
 * here: a question page costs no query for the question itself.
 */
@ApplicationScoped
public class PackCatalog {

    private final Map<Long, PackContent> published = new ConcurrentHashMap<>();
    private final Map<Long, PackTranslations.Result> translations = new ConcurrentHashMap<>();
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

    /**
     * A version's content in a language: the translation when the version carries one that passed the check
     * ({@link PackTranslations}), else the original. The question ids, keys and evidence are the same in both.
     */
    public PackContent content(PackVersion version, String language) {
        PackContent original = content(version);
        if (language == null || language.equals(original.manifest().language())) {
            return original;
        }
        PackContent translated = translations(version.isPublished() ? version.id : null, original).languages().get(language);
        return translated == null ? original : translated;
    }

    /** A published version's content in a language, as {@link #content(PackVersion, String)}. */
    public Optional<PackContent> publishedContent(long versionId, String language) {
        return publishedContent(versionId).map(original -> {
            if (language == null || language.equals(original.manifest().language())) {
                return original;
            }
            PackContent translated = translations(versionId, original).languages().get(language);
            return translated == null ? original : translated;
        });
    }

    /** A version's languages: its own first, then those of its translations that passed the check, in tag order. */
    public List<String> languages(PackVersion version) {
        PackContent original = content(version);
        return PackTranslations.languagesOf(original, translations(version.isPublished() ? version.id : null, original));
    }

    /** A published version's languages by its id, as {@link #languages(PackVersion)}; empty when there is no such version. */
    public List<String> languages(long publishedVersionId) {
        return publishedContent(publishedVersionId)
                .map(original -> PackTranslations.languagesOf(original, translations(publishedVersionId, original))).orElse(List.of());
    }

    private PackTranslations.Result translations(Long versionId, PackContent original) {
        if (versionId == null) {
            return PackTranslations.read(original, original.id() + "/");
        }
        return translations.computeIfAbsent(versionId, id -> {
            PackTranslations.Result result = PackTranslations.read(original, original.id() + "/");
            if (!result.problems().isEmpty()) {
                Log.warnf("Pack %s: %d translation problem(s), those languages are not offered:%n  %s", original.id(),
                        result.problems().size(), String.join("\n  ", result.problems().stream().map(Object::toString).toList()));
            }
            return result;
        });
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
