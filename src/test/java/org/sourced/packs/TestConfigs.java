package org.sourced.packs;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** A {@link SourcedConfig} built the way Quarkus builds it (unknown keys refused), for tests without Quarkus. */
public final class TestConfigs {

    private TestConfigs() {
    }

    public static SourcedConfig sourced(Path dataDir, Path contentDir, Map<String, String> extra) {
        Map<String, String> keys = new HashMap<>(Map.of("sourced.data-dir", dataDir.toString(),
                "sourced.content-dir", contentDir.toString(), "sourced.upload.max-bytes", "1000000"));
        keys.putAll(extra);
        return new SmallRyeConfigBuilder()
                .withMapping(SourcedConfig.class)
                .withValidateUnknown(true)
                .withSources(new PropertiesConfigSource(keys, "test", 500))
                .build()
                .getConfigMapping(SourcedConfig.class);
    }
}
