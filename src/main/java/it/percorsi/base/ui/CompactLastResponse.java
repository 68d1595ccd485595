package it.percorsi.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import java.io.IOException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Vaadin keeps each UI's last response, so that a request the browser sends again (its answer was
 * lost on the way) gets the same answer. That copy is a Java string of the whole response, and one
 * character beyond Latin-1 anywhere in it (an arrow, a dash, a typographic quote) makes Java store the
 * whole string with two bytes per character: for a guide page, some 70 KB per session instead of 35
 * (issue 14). This handler does Vaadin's own UIDL work and then keeps the copy with those characters
 * written as JSON escapes ({@code \u2014}): the same JSON, which the browser reads the same way, in
 * one byte per character. What goes to the browser the first time is untouched.
 * <p>
 * Added handlers run before Vaadin's built-in ones, so this one answers every UIDL request.
 */
@Component
class CompactLastResponse implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(new Handler());
    }

    /** Vaadin's UIDL handler, followed by the compaction of the copy it kept. */
    static final class Handler extends UidlRequestHandler {

        @Override
        public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
                VaadinResponse response, String requestBody) throws IOException {
            Optional<ResponseWriter> writer = super.synchronizedHandleRequest(session, request, response, requestBody);
            compact(session, request);
            return writer;
        }

        @Override
        public boolean synchronizedHandleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response)
                throws IOException {
            boolean handled = super.synchronizedHandleRequest(session, request, response);
            compact(session, request);
            return handled;
        }

        private static void compact(VaadinSession session, VaadinRequest request) {
            // still under the session lock, as the handler's own work
            UI ui = session.getService().findUI(request);
            if (ui != null) {
                UIInternals internals = ui.getInternals();
                String last = internals.getLastRequestResponse();
                String compact = latin1Json(last);
                if (compact != last) {
                    internals.setLastRequestResponse(compact);
                }
            }
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
