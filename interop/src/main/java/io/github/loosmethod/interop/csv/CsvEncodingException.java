package io.github.loosmethod.interop.csv;

import java.io.IOException;
import java.nio.charset.Charset;

/**
 * Bytes of a CSV file that the charset it was declared in does not have (<em>erreur
 * d'encodage</em>): the file is in another charset, or damaged. Nothing of such a file is
 * imported.
 */
public final class CsvEncodingException extends IOException {

    private static final long serialVersionUID = 1L;

    /** @serial the name of the charset the file was declared in */
    private final String charset;
    /** @serial the line of the bytes that do not decode, from 1 */
    private final long line;
    /** @serial the offset in the file of the first byte that does not decode, from 0 */
    private final long byteOffset;

    CsvEncodingException(Charset charset, long line, long byteOffset) {
        super("not " + charset.name() + ": the bytes at offset " + byteOffset + " (line " + line + ") are not " + charset.name());
        this.charset = charset.name();
        this.line = line;
        this.byteOffset = byteOffset;
    }

    /**
     * Returns the charset the file was declared in.
     *
     * @return its name, never null
     */
    public String charset() {
        return charset;
    }

    /**
     * Returns the line of the first bytes that are not of the charset.
     *
     * @return the line, from 1
     */
    public long line() {
        return line;
    }

    /**
     * Returns where those bytes are, from the start of the file.
     *
     * @return the byte offset, from 0
     */
    public long byteOffset() {
        return byteOffset;
    }
}
