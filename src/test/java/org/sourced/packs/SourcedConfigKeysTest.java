package org.sourced.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;


/**
 * Every documented {@code sourced.*} key must be declared in {@link SourcedConfig}: Quarkus refuses an
 * undeclared key under a mapped prefix at start-up, which once broke {@code -Dsourced.admin.email=...}.
 */
class SourcedConfigKeysTest {

    private static SourcedConfig map(Map<String, String> keys) {
        return TestConfigs.sourced(Path.of("data"), Path.of("content"), keys);
    }

    @Test
    void everyDocumentedKeyIsAccepted() {
        SourcedConfig config = map(Map.of(
                "sourced.admin.email", "admin@example.org",
                "sourced.admin.password", "a long password",
                "sourced.session.key", "c2VjcmV0",
                "sourced.bench.seeding-enabled", "true",
                "sourced.upload.max-zip-entries", "10",
                "sourced.upload.max-uncompressed-bytes", "1000"));
        assertEquals(Optional.of("admin@example.org"), config.admin().email());
        assertEquals(Optional.of("a long password"), config.admin().password());
        assertEquals(Optional.of("c2VjcmV0"), config.session().key());
        assertTrue(config.bench().seedingEnabled());
        assertEquals(10, config.upload().maxZipEntries());
    }

    @Test
    void optionalKeysHaveSafeDefaults() {
        SourcedConfig config = map(Map.of());
        assertTrue(config.admin().email().isEmpty());
        assertTrue(config.session().key().isEmpty());
        assertEquals(false, config.bench().seedingEnabled());
    }

    @Test
    void aMisspeltKeyIsRefused() {
        assertThrows(RuntimeException.class, () -> map(Map.of("sourced.admin.emial", "admin@example.org")));
    }
}
