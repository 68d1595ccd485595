package it.percorsi.base.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.CachingResourceResolver;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * The portal's static files served by Spring's resource handler, before Vaadin's servlet sees the request
 * (issue 14). Vaadin's {@code StaticFileServer} opens and closes a zip file system of the jar for every file it
 * serves, to check that the file is not a folder; under the load benchmark that was about a tenth of the request
 * threads' CPU. Here each file is looked up once and remembered, and answered from the class path with the same
 * headers as before (precompressed {@code .br}/{@code .gz} variants when the browser accepts them, last-modified):
 * <ul>
 *   <li>{@code /VAADIN/build/…}: the compiled front end of the production build (file names carry a hash of their
 *       content), cached by browsers for a year, immutable;</li>
 *   <li>the style sheets, fonts and pictures at the root ({@code /styles.css?v-c=…}, {@code /lumo/lumo.css?v-c=…},
 *       {@code /fonts/…}, {@code /images/…}: {@code META-INF/resources} of the jar and its libraries): a year,
 *       immutable, when the address carries Vaadin's version parameter {@code v-c}, an hour otherwise.</li>
 * </ul>
 * Only GET and HEAD of files with these extensions, found on the class path, are answered here; anything else
 * (a file this portal does not have, the development mode's bundle, service worker, icons, encoded paths) goes on
 * to Vaadin exactly as before. Security filters run before either, unchanged.
 */
@Configuration(proxyBeanMethods = false)
class StaticFiles {

    static final String BUILD = "/VAADIN/build/";
    private static final Set<String> ROOT_EXTENSIONS = Set.of("css", "woff2", "woff", "svg", "png", "jpg", "jpeg",
            "webp", "ico");
    private static final CacheControl YEAR = CacheControl.maxAge(Duration.ofDays(365)).immutable();
    private static final CacheControl HOUR = CacheControl.maxAge(Duration.ofHours(1));

    /** One budget of kept bytes for all the handlers. */
    private final AtomicLong keptBytes = new AtomicLong();
    /** The two root handlers (with and without the version parameter) share their resolutions and kept bytes. */
    private final List<ResourceResolver> rootResolvers = resolvers(keptBytes);

    @Bean
    FileHandler percorsiBuildFiles() {
        return new FileHandler(new ClassPathResource("META-INF/VAADIN/webapp/VAADIN/build/"), YEAR,
                resolvers(keptBytes));
    }

    @Bean
    FileHandler percorsiVersionedRootFiles() {
        return new FileHandler(new ClassPathResource("META-INF/resources/"), YEAR, rootResolvers);
    }

    @Bean
    FileHandler percorsiRootFiles() {
        return new FileHandler(new ClassPathResource("META-INF/resources/"), HOUR, rootResolvers);
    }

    static List<ResourceResolver> resolvers(AtomicLong keptBytes) {
        return List.of(new CachingResourceResolver(new ConcurrentMapCache("percorsi-static-files")),
                new InMemory(keptBytes), new EncodedResourceResolver(), new PathResourceResolver());
    }

    @Bean
    HandlerMapping percorsiStaticFiles(FileHandler percorsiBuildFiles, FileHandler percorsiVersionedRootFiles,
                                       FileHandler percorsiRootFiles) {
        return new Mapping(percorsiBuildFiles, percorsiVersionedRootFiles, percorsiRootFiles);
    }

    /** Answers the files of one class-path folder with one cache policy; resolutions are remembered. */
    static final class FileHandler extends ResourceHttpRequestHandler {

        FileHandler(Resource location, CacheControl cacheControl, List<ResourceResolver> resolvers) {
            setLocations(List.of(location));
            setResourceResolvers(resolvers);
            setCacheControl(cacheControl);
        }

        /** Text files say their character set, as Vaadin's static file server did ({@code text/css;charset=utf-8}). */
        @Override
        protected void setHeaders(HttpServletResponse response, Resource resource, @Nullable MediaType mediaType)
                throws IOException {
            MediaType type = mediaType;
            if (type != null && type.getCharset() == null && ("text".equals(type.getType())
                    || "javascript".equals(type.getSubtype()))) {
                type = new MediaType(type, StandardCharsets.UTF_8);
            }
            super.setHeaders(response, resource, type);
        }

        /** The file for the path already set on the request, or null when this folder does not have it. */
        Resource find(HttpServletRequest request) throws IOException {
            return getResource(request);
        }
    }

    /**
     * Keeps the bytes of each file served (up to {@value #MAX_FILE} bytes a file, {@value #MAX_TOTAL} in all; larger
     * or further files are read from the jar each time), so a file is not inflated from the jar again for every new
     * browser. The precompressed variant's headers (Content-Encoding, Vary) stay. A text file that has no
     * precompressed variant (Lumo's style sheet: 234 KB, sent as it was until now) is compressed with gzip once,
     * when a browser that accepts gzip first asks for it, and that copy is kept: the browser downloads 42 KB
     * instead of 234 KB, and no request after the first spends CPU on compressing.
     */
    static final class InMemory extends AbstractResourceResolver {

        static final int MAX_FILE = 1 << 20;
        static final long MAX_TOTAL = 32L << 20;
        /** Below this size compressing saves less than it costs. */
        static final int MIN_COMPRESSED = 1024;
        private static final Set<String> TEXT = Set.of("css", "js", "mjs", "svg", "json", "map", "html", "txt");
        private final AtomicLong total;

        InMemory(AtomicLong total) {
            this.total = total;
        }

        @Override
        protected @Nullable Resource resolveResourceInternal(@Nullable HttpServletRequest request, String requestPath,
                List<? extends Resource> locations, ResourceResolverChain chain) {
            Resource resource = chain.resolveResource(request, requestPath, locations);
            if (resource == null) {
                return null;
            }
            try {
                if (resource.contentLength() > MAX_FILE) {
                    return resource;
                }
                HttpHeaders headers = new HttpHeaders();
                if (resource instanceof HttpResource http) {
                    headers.putAll(http.getResponseHeaders());
                }
                byte[] bytes;
                try (var in = resource.getInputStream()) {
                    bytes = in.readAllBytes();
                }
                if (TEXT.contains(Mapping.extension(requestPath)) && !headers.containsHeader(HttpHeaders.CONTENT_ENCODING)) {
                    // either answer depends on the request's Accept-Encoding, which shared caches must know
                    if (!headers.getOrEmpty(HttpHeaders.VARY).contains(HttpHeaders.ACCEPT_ENCODING)) {
                        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
                    }
                    if (bytes.length >= MIN_COMPRESSED && acceptsGzip(request)) {
                        byte[] compressed = gzip(bytes);
                        if (compressed.length < bytes.length) {
                            bytes = compressed;
                            headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
                        }
                    }
                }
                if (total.addAndGet(bytes.length) > MAX_TOTAL) {
                    total.addAndGet(-bytes.length);
                    return resource;
                }
                return new Bytes(bytes, resource.lastModified(), resource.getFilename(), headers);
            } catch (IOException e) {
                return resource;
            }
        }

        /**
         * Whether the request's Accept-Encoding names gzip. Read exactly as Spring's {@link CachingResourceResolver}
         * keys its cache and {@link EncodedResourceResolver} picks a precompressed variant (q-values and {@code *}
         * are not read), so the copy kept for one request is only ever given to requests of the same key.
         */
        static boolean acceptsGzip(@Nullable HttpServletRequest request) {
            String header = request == null ? null : request.getHeader(HttpHeaders.ACCEPT_ENCODING);
            if (header == null) {
                return false;
            }
            for (String token : header.split(",")) {
                int semicolon = token.indexOf(';');
                String coding = (semicolon >= 0 ? token.substring(0, semicolon) : token).strip();
                if (coding.equalsIgnoreCase("gzip")) {
                    return true;
                }
            }
            return false;
        }

        private static byte[] gzip(byte[] bytes) throws IOException {
            var out = new java.io.ByteArrayOutputStream(bytes.length / 4);
            try (var zip = new java.util.zip.GZIPOutputStream(out)) {
                zip.write(bytes);
            }
            return out.toByteArray();
        }

        @Override
        protected @Nullable String resolveUrlPathInternal(String resourceUrlPath, List<? extends Resource> locations,
                ResourceResolverChain chain) {
            return chain.resolveUrlPath(resourceUrlPath, locations);
        }
    }

    /** A file's bytes with what the handler asks of a file: its name (media type), time and response headers. */
    static final class Bytes extends ByteArrayResource implements HttpResource {

        private final long lastModified;
        private final @Nullable String filename;
        private final HttpHeaders headers;

        Bytes(byte[] bytes, long lastModified, @Nullable String filename, HttpHeaders headers) {
            super(bytes);
            this.lastModified = lastModified;
            this.filename = filename;
            this.headers = headers;
        }

        @Override
        public long lastModified() {
            return lastModified;
        }

        @Override
        public @Nullable String getFilename() {
            return filename;
        }

        @Override
        public HttpHeaders getResponseHeaders() {
            return headers;
        }
    }

    static final class Mapping extends AbstractHandlerMapping {

        private final FileHandler build;
        private final FileHandler versionedRoot;
        private final FileHandler root;

        Mapping(FileHandler build, FileHandler versionedRoot, FileHandler root) {
            this.build = build;
            this.versionedRoot = versionedRoot;
            this.root = root;
            setOrder(Ordered.HIGHEST_PRECEDENCE);
        }

        @Override
        protected Object getHandlerInternal(HttpServletRequest request) throws Exception {
            String method = request.getMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                return null;
            }
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (path.indexOf('%') >= 0 || path.indexOf('\\') >= 0 || path.contains("//")) {
                return null; // encoded or unusual addresses: Vaadin's own checks, as before
            }
            FileHandler handler;
            String file;
            if (path.startsWith(BUILD)) {
                handler = build;
                file = path.substring(BUILD.length());
            } else if (!path.startsWith("/VAADIN/") && ROOT_EXTENSIONS.contains(extension(path))) {
                String query = request.getQueryString();
                handler = query != null && (query.startsWith("v-c=") || query.contains("&v-c=")) ? versionedRoot : root;
                file = path.substring(1);
            } else {
                return null;
            }
            if (file.isEmpty() || file.endsWith("/")) {
                return null;
            }
            request.setAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE, file);
            if (handler.find(request) == null) {
                request.removeAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE);
                return null;
            }
            return handler;
        }

        static String extension(String path) {
            int slash = path.lastIndexOf('/');
            int dot = path.lastIndexOf('.');
            return dot > slash ? path.substring(dot + 1) : "";
        }
    }
}
