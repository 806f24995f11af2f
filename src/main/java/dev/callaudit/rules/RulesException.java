package dev.callaudit.rules;

/** A rules file that cannot be used, located as precisely as the mistake allows; exit code 2. */
public class RulesException extends Exception {
    private final String file;
    private final int line;
    private final int column;

    public RulesException(String file, int line, int column, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** {@code file:line:column: message}, leaving out what is not known. */
    public String located() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(getMessage()).toString();
    }
}
