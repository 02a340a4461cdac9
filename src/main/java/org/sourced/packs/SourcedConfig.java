package org.sourced.packs;

import java.nio.file.Path;
import java.util.Optional;

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

    Admin admin();

    Session session();

    Bench bench();

    /** The first administrator, created at a start that finds none (both keys needed). */
    interface Admin {
        Optional<String> email();

        Optional<String> password();
    }

    interface Session {
        /** Base64 key that signs session cookies; generated into the data dir when unset. */
        Optional<String> key();
    }

    interface Bench {
        /** Opens the admin-only seeding endpoint used by bench/dashboard.sh; never on in production. */
        @WithName("seeding-enabled")
        @WithDefault("false")
        boolean seedingEnabled();
    }

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
