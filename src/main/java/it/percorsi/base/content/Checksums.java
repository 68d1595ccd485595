package it.percorsi.base.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 fingerprints of content sources: how every reader tells "changed" from "the same". */
public final class Checksums {

    private Checksums() {
    }

    /** The full SHA-256 of the bytes, in hexadecimal (64 characters). */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A short version id of a definition's text: the first 8 bytes of its SHA-256 (16 characters). */
    public static String shortSha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }
}
