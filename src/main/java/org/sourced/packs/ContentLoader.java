package org.sourced.packs;

import java.nio.file.Files;
import java.util.List;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.sourced.packs.format.PackContent;
import org.sourced.packs.format.PackFolder;
import org.sourced.packs.format.PackTranslations;
import org.sourced.packs.format.Problem;

/**
 * On start, reads every pack under the content dir: a valid pack is stored (or skipped when unchanged),
 * an invalid one is refused with all its problems logged, and the others still load.
 */
@ApplicationScoped
public class ContentLoader {

    @Inject
    SourcedConfig config;
    @Inject
    PackStore store;

    void onStart(@Observes StartupEvent event) {
        loadAll();
    }

    public List<Result> loadAll() {
        if (!Files.isDirectory(config.contentDir())) {
            Log.warnf("Content dir %s does not exist: no packs loaded", config.contentDir().toAbsolutePath());
            return List.of();
        }
        return PackFolder.readAll(config.contentDir()).stream().map(this::load).toList();
    }

    /** What happened to one pack folder. {@code outcome} is null when the pack was refused. */
    public record Result(String folder, PackStore.Outcome outcome, List<Problem> problems) {
    }

    /** A refused or incomplete translation does not keep the original from loading: that language is not offered. */
    private static void logTranslations(String prefix, PackContent pack) {
        PackTranslations.Result t = PackTranslations.read(pack, prefix);
        if (!t.problems().isEmpty()) {
            Log.errorf("Pack %s: %d translation problem(s), those languages are not offered:%n  %s", prefix, t.problems().size(),
                    String.join("\n  ", t.problems().stream().map(Problem::toString).toList()));
        }
        t.warnings().forEach(w -> Log.warnf("%s", w));
    }

    private Result load(PackFolder.Found found) {
        if (!found.result().ok()) {
            Log.errorf("Pack %s refused, %d problem(s):%n  %s", found.prefix(), found.result().problems().size(),
                    String.join("\n  ", found.result().problems().stream().map(Problem::toString).toList()));
            return new Result(found.prefix(), null, found.result().problems());
        }
        try {
            PackContent pack = found.result().pack().orElseThrow();
            logTranslations(found.prefix(), pack);
            PackStore.Stored stored = store.publish(pack, PackVersion.FROM_CONTENT_DIR, null);
            return new Result(found.prefix(), stored.outcome(), List.of());
        } catch (RuntimeException e) {
            // another instance may have stored the same version a moment before (PostgreSQL scale-out)
            Log.warnf("Pack %s not stored this time: %s", found.prefix(), e.getMessage());
            return new Result(found.prefix(), null, List.of());
        }
    }
}
