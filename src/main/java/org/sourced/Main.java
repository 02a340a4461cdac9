package org.sourced;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import org.sourced.cli.DataDirLock;
import org.sourced.cli.ValidateCommand;

/**
 * Entry point. {@code validate <dir>} checks packs without starting the server (no database, no port);
 * anything else starts the server, after making sure no other instance uses the same data dir.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("validate")) {
            System.exit(ValidateCommand.run(args, System.out, System.err));
        }
        if (!DataDirLock.acquireOrExplain(System.err)) {
            System.exit(1);
        }
        Quarkus.run(args);
    }
}
