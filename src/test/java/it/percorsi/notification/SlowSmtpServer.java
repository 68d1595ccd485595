package it.percorsi.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal SMTP server for tests that takes {@code delay} to answer the end of the data of
 * mails to one slow recipient, as a real overloaded server may. Counts every message it accepted
 * per recipient, including those whose client gave up waiting (that is how duplicates show).
 */
final class SlowSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final String slowRecipient;
    private final Duration delay;
    final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();

    SlowSmtpServer(String slowRecipient, Duration delay) throws IOException {
        this.socket = new ServerSocket(0);
        this.slowRecipient = slowRecipient;
        this.delay = delay;
        Thread.ofPlatform().daemon(true).start(this::acceptLoop);
    }

    int port() {
        return socket.getLocalPort();
    }

    int copiesTo(String recipient) {
        AtomicInteger n = accepted.get(recipient);
        return n == null ? 0 : n.get();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread.ofPlatform().daemon(true).start(() -> session(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void session(Socket client) {
        try (client;
             BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
             PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
            reply(out, "220 slow.example ESMTP");
            String recipient = null;
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase();
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 slow.example");
                } else if (command.startsWith("MAIL FROM")) {
                    reply(out, "250 OK");
                } else if (command.startsWith("RCPT TO")) {
                    recipient = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
                    reply(out, "250 OK");
                } else if (command.equals("DATA")) {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        // message content
                    }
                    accepted.computeIfAbsent(recipient, r -> new AtomicInteger()).incrementAndGet();
                    if (slowRecipient.equals(recipient)) {
                        Thread.sleep(delay);
                    }
                    reply(out, "250 OK queued");
                } else if (command.equals("QUIT")) {
                    reply(out, "221 Bye");
                    return;
                } else {
                    reply(out, "250 OK");
                }
            }
        } catch (IOException | InterruptedException e) {
            // client went away
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
