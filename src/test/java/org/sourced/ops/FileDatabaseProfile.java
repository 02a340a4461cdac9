package org.sourced.ops;

import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The backup needs a database file: on H2 this profile puts it in target/backup-test-data instead of
 * memory. On PostgreSQL (SOURCED_DB_KIND=postgresql, as the second CI pass runs) it changes nothing.
 * Either way Flyway cleans the database at start, so the test makes the admin on the setup page.
 */
public class FileDatabaseProfile implements QuarkusTestProfile {

    static final Path DATA_DIR = Path.of("target", "backup-test-data").toAbsolutePath();

    static boolean onH2() {
        String kind = System.getenv("SOURCED_DB_KIND");
        return kind == null || kind.isBlank() || kind.equals("h2");
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        if (!onH2()) {
            return Map.of();
        }
        return Map.of("sourced.data-dir", DATA_DIR.toString(),
                "quarkus.datasource.jdbc.url", "jdbc:h2:file:" + DATA_DIR.resolve("sourced") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    }
}
