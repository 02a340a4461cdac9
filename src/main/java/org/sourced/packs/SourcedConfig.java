package org.sourced.packs;

import java.nio.file.Path;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The app-wide keys of application.properties (documented in docs/configuration.md). */
@ConfigMapping(prefix = "sourced")
public interface SourcedConfig {

    /** Where the app writes: the H2 database, the session key. */
    @WithName("data-dir")
    Path dataDir();

    /** Where packs are read from on start. */
    @WithName("content-dir")
    Path contentDir();

    Upload upload();

    interface Upload {
        /** Largest accepted upload in bytes. */
        @WithName("max-bytes")
        long maxBytes();

        /** Most entries (files and folders) a pack zip may hold. */
        @WithName("max-zip-entries")
        @WithDefault("2000")
        int maxZipEntries();

        /** Most bytes all entries of a zip may inflate to together, counted while inflating. */
        @WithName("max-uncompressed-bytes")
        @WithDefault("50000000")
        long maxUncompressedBytes();
    }
}
