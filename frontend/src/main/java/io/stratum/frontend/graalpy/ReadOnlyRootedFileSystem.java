package io.stratum.frontend.graalpy;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.Map;
import java.util.Set;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The file system a script sees under GraalPy: the host's files below one root (the working directory), read
 * only; anything outside the root, and any write, is refused as if the file were protected.
 */
final class ReadOnlyRootedFileSystem implements FileSystem {
    private final FileSystem host = FileSystem.newDefaultFileSystem();
    private final Path root;

    ReadOnlyRootedFileSystem(Path root) {
        this.root = root.toAbsolutePath().normalize();
        host.setCurrentWorkingDirectory(this.root);
    }

    /** The sandbox for {@code root}, with GraalPy's own standard library still readable. */
    static FileSystem sandbox(Path root) {
        return FileSystem.allowInternalResourceAccess(FileSystem.allowLanguageHomeAccess(
                FileSystem.newReadOnlyFileSystem(new ReadOnlyRootedFileSystem(root))));
    }

    private Path inside(Path path) throws IOException {
        Path absolute = path.isAbsolute() ? path.normalize() : root.resolve(path).normalize();
        if (!absolute.startsWith(root)) {
            throw new AccessDeniedException(path.toString(), null, "a Stratum script may only read files below " + root);
        }
        return absolute;
    }

    @Override
    public Path parsePath(URI uri) {
        return host.parsePath(uri);
    }

    @Override
    public Path parsePath(String path) {
        return host.parsePath(path);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions) throws IOException {
        if (modes.contains(AccessMode.WRITE) || modes.contains(AccessMode.EXECUTE)) {
            throw new AccessDeniedException(path.toString(), null, "read only");
        }
        host.checkAccess(inside(path), modes, linkOptions);
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        throw new AccessDeniedException(dir.toString(), null, "read only");
    }

    @Override
    public void delete(Path path) throws IOException {
        throw new AccessDeniedException(path.toString(), null, "read only");
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        for (OpenOption o : options) {
            if (o != StandardOpenOption.READ && o instanceof StandardOpenOption) {
                throw new AccessDeniedException(path.toString(), null, "read only");
            }
        }
        return host.newByteChannel(inside(path), options, attrs);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
        return host.newDirectoryStream(inside(dir), filter);
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return path.isAbsolute() ? path : root.resolve(path);
    }

    @Override
    public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
        // Resolve links first, then check: a link inside the root must not lead outside it.
        Path real = host.toRealPath(inside(path), linkOptions);
        return inside(real);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        return host.readAttributes(inside(path), attributes, options);
    }
}
