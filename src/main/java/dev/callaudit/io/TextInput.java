package dev.callaudit.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens an input as text. A byte-order mark is honoured and dropped; bytes that are not valid in the
 * encoding stop the read with an error instead of turning into mojibake in the reports.
 */
final class TextInput {

    private TextInput() {
    }

    static Reader open(InputSource source, Charset encoding) throws InputException {
        try {
            BufferedInputStream in = new BufferedInputStream(source.open(), 1 << 16);
            Charset cs = skipBom(in, encoding);
            CharsetDecoder decoder = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new InputStreamReader(in, decoder);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(source.name(), 0, "no such file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new InputException(source.name(), 0, "permission denied");
        } catch (IOException e) {
            throw new InputException(source.name(), 0, TextInput.readProblem(e));
        }
    }

    /** Peeks at the first non-blank character without consuming it; -1 at end of input. */
    static int peekFirstChar(BufferedInputStream in) throws IOException {
        in.mark(4096);
        try {
            for (int i = 0; i < 4096; i++) {
                int b = in.read();
                if (b < 0 || !Character.isWhitespace(b) && b != 0xEF && b != 0xBB && b != 0xBF) {
                    return b;
                }
            }
            return -1;
        } finally {
            in.reset();
        }
    }

    private static Charset skipBom(BufferedInputStream in, Charset encoding) throws IOException {
        in.mark(3);
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        in.reset();
        if (b0 == 0xFF && b1 == 0xFE) {
            in.skip(2);
            return StandardCharsets.UTF_16LE;
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            in.skip(2);
            return StandardCharsets.UTF_16BE;
        }
        return encoding;
    }

    /** Why reading stopped, in words: a truncated or corrupt compressed file says so. */
    static String readProblem(IOException e) {
        if (e instanceof java.io.EOFException || e instanceof java.util.zip.ZipException) {
            return "the file ends early (truncated or corrupt compressed data: " + e.getMessage() + ")";
        }
        return "read failed (" + e.getMessage() + ")";
    }

    static String decodingProblem(CharacterCodingException e, Charset encoding) {
        String hint = encoding.equals(StandardCharsets.UTF_8)
                ? " (if the file was saved by a spreadsheet in China or Taiwan, try --encoding GBK or --encoding Big5)"
                : "";
        return "bytes that are not valid " + encoding.name() + hint + "; the rest of the file was not read";
    }
}
