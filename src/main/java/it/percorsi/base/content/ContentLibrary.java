package it.percorsi.base.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Where the content library is read from. An external folder ({@code percorsi.content.dir},
 * default {@code ./content}) wins when it exists; otherwise the library shipped inside the jar
 * (the repository's {@code content/} packaged under {@value #CLASSPATH_PREFIX}/) is copied once to
 * a temporary folder, so every reader keeps working on plain files. Copied files keep the time
 * stamp of their jar entry: a portal edit made after the jar was built is still newer than the
 * file and is not overwritten by the import.
 */
@Component
public class ContentLibrary {

    /** Classpath folder holding the shipped library (see the pom's resources). */
    public static final String CLASSPATH_PREFIX = "percorsi-content";

    private static final Logger log = LoggerFactory.getLogger(ContentLibrary.class);

    private final Path root;
    private final boolean packaged;

    @Autowired
    ContentLibrary(@Value("${percorsi.content.dir:content}") Path configured) {
        if (Files.isDirectory(configured)) {
            this.root = configured;
            this.packaged = false;
            log.info("Content library: folder {}", configured.toAbsolutePath());
        } else {
            this.root = extractPackaged();
            this.packaged = root != null;
            if (root == null) {
                log.error("No content library: {} does not exist and none is packaged in the application",
                        configured.toAbsolutePath());
            } else {
                log.info("Content library: the one shipped with the application ({} does not exist)",
                        configured.toAbsolutePath());
            }
        }
    }

    private ContentLibrary(Path folder, boolean packaged) {
        this.root = folder;
        this.packaged = packaged;
    }

    /** A library rooted at the given folder, never falling back: for tools and tests. */
    public static ContentLibrary of(Path folder) {
        return new ContentLibrary(folder, false);
    }

    /**
     * The library's root folder. When neither an external folder nor a packaged library exists,
     * the configured (missing) folder is returned so readers report it as not found.
     */
    public Path root() {
        return root;
    }

    /** True when the library in use is the one shipped inside the application. */
    public boolean packaged() {
        return packaged;
    }

    private static Path extractPackaged() {
        try {
            var resolver = new PathMatchingResourcePatternResolver(ContentLibrary.class.getClassLoader());
            Resource[] resources = resolver.getResources("classpath*:" + CLASSPATH_PREFIX + "/**");
            if (resources.length == 0) {
                return null;
            }
            Path target = Files.createTempDirectory("percorsi-content-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(target)));
            int copied = 0;
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                int at = url.lastIndexOf(CLASSPATH_PREFIX + "/");
                String relative = url.substring(at + CLASSPATH_PREFIX.length() + 1);
                if (relative.isEmpty() || relative.endsWith("/") || !resource.isReadable()) {
                    continue;
                }
                Path file = target.resolve(relative).normalize();
                if (!file.startsWith(target)) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = resource.getInputStream()) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                long modified = resource.lastModified();
                if (modified > 0) {
                    Files.setLastModifiedTime(file, FileTime.fromMillis(modified));
                }
                copied++;
            }
            log.debug("Copied {} packaged content files to {}", copied, target);
            return copied == 0 ? null : target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the content library packaged in the application", e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
