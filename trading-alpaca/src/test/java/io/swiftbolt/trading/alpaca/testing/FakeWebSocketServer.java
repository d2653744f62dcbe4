package io.swiftbolt.trading.alpaca.testing;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * A minimal RFC 6455 websocket server for tests, on a {@link ServerSocket} at 127.0.0.1: the
 * opening handshake, masked client frames (text, binary, continuation, close, ping), unmasked
 * server frames. Enough to speak Alpaca's {@code trade_updates} protocol to the JDK client.
 */
public final class FakeWebSocketServer implements Closeable {

    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    /** One accepted connection. */
    public final class Connection {
        private final Socket socket;
        private final OutputStream out;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
        }

        /**
         * Sends a message.
         *
         * @param text   the message
         * @param binary as a binary frame (as Alpaca's paper endpoint does) instead of text
         */
        public synchronized void send(String text, boolean binary) {
            byte[] payload = text.getBytes(StandardCharsets.UTF_8);
            try {
                frame(binary ? 0x2 : 0x1, payload);
            } catch (IOException e) {
                // the client went away; the test sees it through the client
            }
        }

        /**
         * Sends a message split over several frames (a first frame and continuations).
         *
         * @param text   the message
         * @param binary binary or text
         * @param pieces how many frames, at least 1
         */
        public synchronized void sendFragmented(String text, boolean binary, int pieces) {
            byte[] payload = text.getBytes(StandardCharsets.UTF_8);
            int step = (payload.length + pieces - 1) / pieces;
            try {
                for (int i = 0, k = 0; i < payload.length; i += step, k++) {
                    byte[] part = java.util.Arrays.copyOfRange(payload, i, Math.min(payload.length, i + step));
                    frame(k == 0 ? (binary ? 0x2 : 0x1) : 0x0, part, i + step >= payload.length);
                }
            } catch (IOException e) {
                // the client went away
            }
        }

        private void frame(int opcode, byte[] payload) throws IOException {
            frame(opcode, payload, true);
        }

        private void frame(int opcode, byte[] payload, boolean fin) throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.write((fin ? 0x80 : 0) | opcode);
            int n = payload.length;
            if (n < 126) {
                b.write(n);
            } else if (n < 65536) {
                b.write(126);
                b.write(n >>> 8);
                b.write(n & 0xFF);
            } else {
                b.write(127);
                for (int i = 7; i >= 0; i--) {
                    b.write((int) ((long) n >>> (8 * i)) & 0xFF);
                }
            }
            b.write(payload);
            out.write(b.toByteArray());
            out.flush();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    private final ServerSocket server;
    private final BiConsumer<Connection, String> onMessage;
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final Thread acceptor;
    private volatile boolean running = true;

    /**
     * Starts a server.
     *
     * @param onMessage called with each complete client message
     * @throws IOException if it cannot bind
     */
    public FakeWebSocketServer(BiConsumer<Connection, String> onMessage) throws IOException {
        this.onMessage = onMessage;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptLoop, "fake-ws-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * The URL to connect to.
     *
     * @return {@code ws://127.0.0.1:port/stream}
     */
    public URI url() {
        return URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/stream");
    }

    /**
     * Every message the clients sent, in order.
     *
     * @return the messages
     */
    public List<String> received() {
        return new ArrayList<>(received);
    }

    /**
     * Sends a message to every connection.
     *
     * @param text   the message
     * @param binary as a binary frame
     */
    public void broadcast(String text, boolean binary) {
        for (Connection c : connections) {
            c.send(text, binary);
        }
    }

    /**
     * Sends a message to every connection, split over several frames.
     *
     * @param text   the message
     * @param binary as binary frames
     * @param pieces how many frames
     */
    public void broadcastFragmented(String text, boolean binary, int pieces) {
        for (Connection c : connections) {
            c.sendFragmented(text, binary, pieces);
        }
    }

    /**
     * The open connections.
     *
     * @return how many
     */
    public int connectionCount() {
        return connections.size();
    }

    private void acceptLoop() {
        while (running) {
            try {
                Socket s = server.accept();
                Thread t = new Thread(() -> serve(s), "fake-ws-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        Connection c = null;
        try {
            InputStream in = s.getInputStream();
            String key = handshake(in);
            if (key == null) {
                s.close();
                return;
            }
            OutputStream out = s.getOutputStream();
            String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                    .digest((key + GUID).getBytes(StandardCharsets.US_ASCII)));
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            c = new Connection(s);
            connections.add(c);
            readFrames(new DataInputStream(in), c);
        } catch (IOException | NoSuchAlgorithmException e) {
            // connection ended
        } finally {
            if (c != null) {
                connections.remove(c);
                c.close();
            }
        }
    }

    private static String handshake(InputStream in) throws IOException {
        String key = null;
        StringBuilder line = new StringBuilder();
        int prev = -1;
        int ch;
        boolean first = true;
        while ((ch = in.read()) != -1) {
            if (prev == '\r' && ch == '\n') {
                String l = line.substring(0, line.length() - 1);
                line.setLength(0);
                if (l.isEmpty()) {
                    return key;
                }
                if (!first && l.toLowerCase(Locale.ROOT).startsWith("sec-websocket-key:")) {
                    key = l.substring(l.indexOf(':') + 1).trim();
                }
                first = false;
            } else {
                line.append((char) ch);
            }
            prev = ch;
        }
        return null;
    }

    private void readFrames(DataInputStream in, Connection c) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        while (true) {
            int b0 = in.readUnsignedByte();
            int b1 = in.readUnsignedByte();
            boolean fin = (b0 & 0x80) != 0;
            int opcode = b0 & 0x0F;
            long len = b1 & 0x7F;
            if (len == 126) {
                len = in.readUnsignedShort();
            } else if (len == 127) {
                len = in.readLong();
            }
            byte[] mask = new byte[4];
            if ((b1 & 0x80) != 0) {
                in.readFully(mask);
            }
            byte[] payload = new byte[(int) len];
            in.readFully(payload);
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i % 4];
            }
            if (opcode == 0x8) {
                synchronized (c) {
                    c.frame(0x8, payload.length >= 2 ? new byte[] {payload[0], payload[1]} : new byte[0]);
                }
                return;
            }
            if (opcode == 0x9) {
                synchronized (c) {
                    c.frame(0xA, payload);
                }
                continue;
            }
            if (opcode == 0xA) {
                continue;
            }
            message.write(payload);
            if (fin) {
                String text = message.toString(StandardCharsets.UTF_8);
                message.reset();
                received.add(text);
                onMessage.accept(c, text);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Connection c : connections) {
            c.close();
        }
    }
}
