package it.percorsi.path.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The example administrations of the editor's "Prova" panel (try-profiles.yaml next to this
 * class): answers by question id, each a list of option values.
 */
final class TryProfiles {

    static final String RESOURCE = "try-profiles.yaml";

    /** An example administration: id (its name is the message path.editor.profile.&lt;id&gt;) and answers. */
    record TryProfile(String id, Map<String, List<String>> answers) {
    }

    private TryProfiles() {
    }

    static List<TryProfile> load() {
        try (InputStream in = TryProfiles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing");
            }
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<TryProfile> profiles = new ArrayList<>();
            for (Object p : (List<?>) ((Map<?, ?>) root).get("profiles")) {
                Map<?, ?> map = (Map<?, ?>) p;
                Map<String, List<String>> answers = new LinkedHashMap<>();
                ((Map<?, ?>) map.get("answers")).forEach((question, value) -> answers.put(String.valueOf(question),
                        value instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                                : List.of(String.valueOf(value))));
                profiles.add(new TryProfile(String.valueOf(map.get("id")), answers));
            }
            return List.copyOf(profiles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
