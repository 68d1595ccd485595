package it.percorsi.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small valid questionnaire that tests break one line at a time. */
public final class QuestionnaireFixture {

    public static final String VALID = """
            title: Test
            dimensions:
              - {id: metodi, label: Metodi}
              - {id: analisi, label: Analisi}
              - {id: azione, label: Azione}
              - {id: restituzione, label: Restituzione}
              - {id: leadership, label: Dirigenza}
              - {id: risorse, label: Risorse}
            facets:
              - {id: administrationType, label: Tipo, question: tipo}
              - {id: serviceType, label: Servizio, question: servizio}
              - {id: channels, label: Canali, question: canali}
              - {id: goals, label: Obiettivi, question: obiettivi}
              - id: experience
                label: Esperienza
                dimensions: [metodi, analisi]
                levels:
                  - {value: NONE, min: 0, label: nessuna}
                  - {value: BASIC, min: 20, label: base}
                  - {value: INTERMEDIATE, min: 50, label: media}
                  - {value: ADVANCED, min: 80, label: avanzata}
              - id: resources
                label: Risorse
                dimensions: [risorse]
                levels:
                  - {value: LOW, min: 0, label: poche}
                  - {value: HIGH, min: 50, label: molte}
            sections:
              - id: uno
                title: Servizio
                guides: [focus-group]
                questions:
                  - id: tipo
                    text: Tipo?
                    type: single
                    options:
                      - {value: COMUNE, label: Comune}
                      - {value: ALTRO, label: Altro}
                  - id: servizio
                    text: Servizio?
                    type: single
                    options:
                      - {value: DEMOGRAFICI, label: Demografici}
                  - id: canali
                    text: Canali?
                    type: multiple
                    options:
                      - {value: SERVED, label: Sportello}
                      - {value: SELF_SERVICE, label: Online}
              - id: due
                title: Esperienza
                questions:
                  - id: indagini
                    text: Indagini?
                    type: single
                    options:
                      - {value: MAI, label: Mai}
                      - {value: SPESSO, label: Spesso, scores: {metodi: 4, analisi: 2}}
                  - id: quali
                    text: Quali metodi?
                    type: multiple
                    max: 2
                    only_if: {question: indagini, any: [SPESSO]}
                    options:
                      - {value: QUESTIONARIO, label: Questionario, scores: {metodi: 2}}
                      - {value: FOCUS, label: Focus group, scores: {metodi: 2, analisi: 1}}
                      - {value: INTERVISTE, label: Interviste, scores: {metodi: 1}}
                      - {value: NESSUNO, label: Nessuno, exclusive: true}
                  - id: persone
                    text: Persone?
                    type: single
                    options:
                      - {value: NESSUNO, label: Nessuno}
                      - {value: GRUPPO, label: Gruppo, scores: {risorse: 3}}
                  - id: obiettivi
                    text: Obiettivi?
                    type: multiple
                    required: false
                    options:
                      - {value: EVALUATION, label: Valutare}
                      - {value: ACCESS, label: Accesso}
            """;

    private QuestionnaireFixture() {
    }

    public static Path write(Path root, String text) {
        try {
            Path file = root.resolve(QuestionnaireReader.FILE);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Questionnaire parse(String text) {
        var result = QuestionnaireReader.parse(text, null, null);
        return result.questionnaire().orElseThrow(() -> new AssertionError(result.problems().toString()));
    }

    /** The 1-based line of the first line containing the text. */
    public static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("not found: " + needle);
    }
}
