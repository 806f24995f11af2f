package dev.callaudit.io;

/** An input that cannot be read at all (missing, unreadable, no header): exit code 3, other inputs go on. */
public class InputException extends Exception {
    private final String file;
    private final int line;

    public InputException(String file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String located() {
        return file + (line > 0 ? ":" + line : "") + ": " + getMessage();
    }
}
