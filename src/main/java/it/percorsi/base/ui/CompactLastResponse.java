package it.percorsi.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.springframework.stereotype.Component;

/**
 * Vaadin keeps each UI's last response, so that a request the browser sends again (its answer was
 * lost on the way) gets the same answer. That copy is a Java string of the whole response: for a guide
 * page about 36 KB, and twice that when one character beyond Latin-1 (an arrow, a dash, a typographic
 * quote) makes Java store it with two bytes per character (issue 14). This handler does Vaadin's own
 * UIDL work and then keeps the copy deflated (about a quarter of the size); before each request it puts
 * the copy back, so Vaadin finds it exactly where it looks if the request is one sent again. What goes to
 * the browser is untouched. The copy is also made Latin-1 (characters beyond it as JSON escapes: the same
 * JSON), which halves it wherever it is held as a string.
 * <p>
 * Added handlers run before Vaadin's built-in ones, so this one answers every UIDL request. Only Vaadin's
 * UIDL handler reads the copy (no server push here).
 */
@Component
class CompactLastResponse implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(new Handler());
    }

    /** Vaadin's UIDL handler, between putting back the copy it kept and keeping the new one deflated. */
    static final class Handler extends UidlRequestHandler {

        @Override
        public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
                VaadinResponse response, String requestBody) throws IOException {
            UI ui = session.getService().findUI(request);
            restore(ui);
            try {
                return super.synchronizedHandleRequest(session, request, response, requestBody);
            } finally {
                keep(ui);
            }
        }

        @Override
        public boolean synchronizedHandleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response)
                throws IOException {
            UI ui = session.getService().findUI(request);
            restore(ui);
            try {
                return super.synchronizedHandleRequest(session, request, response);
            } finally {
                keep(ui);
            }
        }
    }

    /** The deflated copy of a UI's last response, kept in the UI's data. */
    record Kept(byte[] deflated, int bytes) {
    }

    /** Puts the UI's last response back where Vaadin reads it (under the session lock, as the handler's work). */
    static void restore(UI ui) {
        if (ui == null) {
            return;
        }
        Kept kept = ComponentUtil.getData(ui, Kept.class);
        if (kept != null && ui.getInternals().getLastRequestResponse() == null) {
            ui.getInternals().setLastRequestResponse(inflate(kept));
        }
    }

    /** Keeps the UI's last response deflated and takes Vaadin's string copy away. */
    static void keep(UI ui) {
        if (ui == null) {
            return;
        }
        UIInternals internals = ui.getInternals();
        String last = internals.getLastRequestResponse();
        if (last != null) {
            ComponentUtil.setData(ui, Kept.class, deflate(latin1Json(last)));
            internals.setLastRequestResponse(null);
        }
    }

    static Kept deflate(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.ISO_8859_1);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return new Kept(out.toByteArray(), bytes.length);
        } finally {
            deflater.end();
        }
    }

    static String inflate(Kept kept) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(kept.deflated());
            byte[] bytes = new byte[kept.bytes()];
            int at = 0;
            while (at < bytes.length && !inflater.finished()) {
                at += inflater.inflate(bytes, at, bytes.length - at);
            }
            return new String(bytes, 0, at, StandardCharsets.ISO_8859_1);
        } catch (DataFormatException e) {
            throw new IllegalStateException("the kept copy of the last response is damaged", e);
        } finally {
            inflater.end();
        }
    }

    /**
     * The same JSON with every character beyond Latin-1 written as a {@code \\uXXXX} escape; the string
     * itself when it has none. Such characters can only be inside JSON strings, where the escape means
     * the same character (a character outside the BMP becomes its two escaped halves, as JSON allows).
     */
    static String latin1Json(String json) {
        if (json == null) {
            return null;
        }
        int first = -1;
        for (int i = 0; i < json.length(); i++) {
            if (json.charAt(i) > 0xFF) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length() + 64).append(json, 0, first);
        for (int i = first; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c > 0xFF) {
                out.append("\\u").append(Character.forDigit(c >> 12 & 0xF, 16)).append(Character.forDigit(c >> 8 & 0xF, 16))
                        .append(Character.forDigit(c >> 4 & 0xF, 16)).append(Character.forDigit(c & 0xF, 16));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
