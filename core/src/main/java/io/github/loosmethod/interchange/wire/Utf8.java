package io.github.loosmethod.interchange.wire;

/**
 * Checks that bytes are well-formed UTF-8 as RFC 3629 defines it: no overlong form ({@code C0 A2}
 * for {@code "}), no encoded surrogate, nothing above U+10FFFF, no truncated sequence. Jackson's
 * parser decodes some of these silently, so that {@code "titl\xC1\xA5"} would be read as the field
 * {@code title}; every document is checked here first.
 */
final class Utf8 {

    private Utf8() {
    }

    /**
     * Finds the first byte that does not begin or continue a well-formed sequence.
     *
     * @return the index of that byte in {@code bytes}, or -1 when the range is well-formed
     */
    static int firstInvalid(byte[] bytes, int offset, int length) {
        int end = offset + length;
        int i = offset;
        while (i < end) {
            // The common case, ASCII, costs one test per byte.
            if (bytes[i] >= 0) {
                i++;
                continue;
            }
            int b = bytes[i] & 0xFF;
            int size;
            int low = 0x80;
            int high = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                size = 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                size = 3;
                if (b == 0xE0) {
                    low = 0xA0;
                } else if (b == 0xED) {
                    high = 0x9F;
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                size = 4;
                if (b == 0xF0) {
                    low = 0x90;
                } else if (b == 0xF4) {
                    high = 0x8F;
                }
            } else {
                return i;
            }
            if (i + size > end) {
                return i;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < low || second > high) {
                return i;
            }
            for (int k = 2; k < size; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += size;
        }
        return -1;
    }

    /**
     * Tells whether a document is UTF-16 or UTF-32 rather than UTF-8: a JSON text starts with an
     * ASCII character, which those encodings spell with zero bytes, or with their byte order marks.
     */
    static boolean looksLikeUtf16Or32(byte[] bytes, int offset, int length) {
        if (length < 2) {
            return length == 1 && bytes[offset] == 0;
        }
        int first = bytes[offset] & 0xFF;
        int second = bytes[offset + 1] & 0xFF;
        return first == 0 || second == 0 || first == 0xFE && second == 0xFF || first == 0xFF && second == 0xFE;
    }

    /** Tells on which line a byte is, counted from 1 at the start of the range. */
    static int lineOf(byte[] bytes, int offset, int at) {
        int line = 1;
        for (int i = offset; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The index of the first surrogate without its pair in a text, or -1. */
    static int unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
