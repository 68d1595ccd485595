package bench.bare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Stores the one page (a guide of the portal's library, copied) on an empty database. */
@Component
class SeedPage implements ApplicationRunner {
    private final PageRepository pages;

    SeedPage(PageRepository pages) {
        this.pages = pages;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (pages.count() == 0) {
            try (InputStream in = getClass().getResourceAsStream("/page.md")) {
                pages.save(new Page("page", "Guida", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
    }
}
