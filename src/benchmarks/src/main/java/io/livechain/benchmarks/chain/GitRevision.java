package io.livechain.benchmarks.chain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The checkout's commit for the report, so two runs say which builds they measured. */
public final class GitRevision {

    private GitRevision() {}

    /** e.g. {@code 930c581 (+ uncommitted changes)}, or {@code unknown} outside git. */
    public static String of(Path home) {
        String commit = git(home, "rev-parse", "--short", "HEAD");
        if (commit.isEmpty()) {
            return "unknown";
        }
        return commit
                + (git(home, "status", "--porcelain", "--untracked-files=no").isEmpty()
                        ? ""
                        : " (+ uncommitted changes)");
    }

    private static String git(Path home, String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = home.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        try {
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
