package co.kustom.ipp.platform.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After {@code kill -9} of the service, the embedded PostgreSQL it started keeps running (it is a daemon of its own)
 * and holds {@code postmaster.pid}, so the next start would fail. Before starting, a PostgreSQL left behind on our
 * data folder is shut down cleanly (SIGTERM: PostgreSQL's smart shutdown, which flushes and checkpoints), and the
 * shared memory of one that was killed too is waited for until its last backend has gone.
 * <p>
 * The library's lock file tells an orphan from a database in use: a running service holds it.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);
    private static final Duration DETACH_WAIT = Duration.ofSeconds(10);
    private static final String LIBRARY_LOCK_FILE = "epg-lock";

    private OrphanedPostmaster() {
    }

    static void stopIfLeftBehind(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        requireNoRunningOwner(dataDirectory);
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false));
        if (postmaster.isPresent()) {
            log.warn("A PostgreSQL (pid {}) was left running on {} by a service that did not stop; shutting it down",
                    postmaster.get().pid(), dataDirectory);
            stop(postmaster.get());
        }
        if (lines.size() > 6) {
            awaitDetached(lines.get(6).trim());
        }
    }

    private static void requireNoRunningOwner(Path dataDirectory) throws IOException {
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(LIBRARY_LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("The data folder " + dataDirectory + " is in use by a running service");
            }
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("The data folder " + dataDirectory + " is in use by this process", e);
        }
    }

    private static void stop(ProcessHandle postmaster) {
        postmaster.destroy();
        try {
            postmaster.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("PostgreSQL (pid " + postmaster.pid() + ") did not stop within "
                    + SHUTDOWN_WAIT.toSeconds() + " s; stop it by hand", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping an orphaned PostgreSQL", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A PostgreSQL that was itself killed leaves its backends to notice and exit; a new one refuses to start while
     * any of them still holds the old shared memory segment ({@code /proc/sysvipc/shm}: key, shmid, …, nattch).
     */
    private static void awaitDetached(String shmemLine) {
        String[] keyAndId = shmemLine.split("\\s+");
        Path table = Path.of("/proc/sysvipc/shm");
        if (keyAndId.length < 2 || !Files.isReadable(table)) {
            return;
        }
        long deadline = System.nanoTime() + DETACH_WAIT.toNanos();
        try {
            while (System.nanoTime() < deadline && attached(table, keyAndId[1])) {
                Thread.sleep(100);
            }
        } catch (IOException e) {
            log.debug("Could not read {}", table, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean attached(Path table, String shmid) throws IOException {
        try (var rows = Files.lines(table)) {
            return rows.skip(1)
                    .map(row -> row.trim().split("\\s+"))
                    .anyMatch(columns -> columns.length > 6 && columns[1].equals(shmid) && !columns[6].equals("0"));
        }
    }
}
