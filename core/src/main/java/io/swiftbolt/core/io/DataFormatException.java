package io.swiftbolt.core.io;

/**
 * Thrown when a data file or stream is malformed: a missing column, a value that is not a number,
 * a bar that breaks a rule. It names where the problem is, compiler style:
 * {@code FILE:LINE:COLUMN (NAME): PROBLEM}, for example
 * {@code sp500.csv:17:5 (close): not a number: "1,5x"}.
 *
 * <p>Lines and columns are 1-based. The line is the physical line on which the offending record
 * starts (the header is line 1). The column is the position of the field in the record; it is 0
 * when the problem concerns a whole line rather than one field (an empty file, a required column
 * missing from the header).
 *
 * <p>I/O failures (a file that cannot be opened or read) are not data errors and are reported as
 * {@link java.io.UncheckedIOException} instead.
 *
 * <p>Immutable.
 */
public class DataFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The source name used in messages and {@link #source()}. */
    private final String source;
    private final long line;
    private final int column;
    /** The column's name; may be null when no single column is concerned. */
    private final String columnName;
    private final String problem;

    /**
     * Makes an exception locating a problem.
     *
     * @param source     the file name or path, or another name for the stream; not null
     * @param line       the 1-based physical line
     * @param column     the 1-based column number, or 0 when no single column is concerned
     * @param columnName the column's name from the header, or null if unknown
     * @param problem    what is wrong, e.g. {@code "high 10.0 is below low 11.0"}
     */
    public DataFormatException(String source, long line, int column, String columnName, String problem) {
        this(source, line, column, columnName, problem, null);
    }

    /**
     * Makes an exception locating a problem, with its cause.
     *
     * @param source     the file name or path, or another name for the stream; not null
     * @param line       the 1-based physical line
     * @param column     the 1-based column number, or 0 when no single column is concerned
     * @param columnName the column's name from the header, or null if unknown
     * @param problem    what is wrong
     * @param cause      the underlying exception, or null
     */
    public DataFormatException(String source, long line, int column, String columnName, String problem,
                               Throwable cause) {
        super(format(source, line, column, columnName, problem), cause);
        this.source = String.valueOf(source);
        this.line = line;
        this.column = column;
        this.columnName = columnName;
        this.problem = problem;
    }

    private static String format(String source, long line, int column, String columnName, String problem) {
        return source + ":" + line + ":" + column
                + (columnName == null ? "" : " (" + columnName + ")") + ": " + problem;
    }

    /**
     * The file name or path (or stream name) where the problem is.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    /**
     * The 1-based physical line on which the offending record starts; 1 for the header.
     *
     * @return the line number
     */
    public long line() {
        return line;
    }

    /**
     * The 1-based column (field position) of the offending value, or 0 when the problem concerns
     * a whole line.
     *
     * @return the column number
     */
    public int column() {
        return column;
    }

    /**
     * The name of the offending column as spelt in the header, or null when no single column is
     * concerned or its name is unknown.
     *
     * @return the column name, or null
     */
    public String columnName() {
        return columnName;
    }

    /**
     * The problem without the location prefix, e.g. {@code "must be positive, was -3.0"}.
     *
     * @return the problem description
     */
    public String problem() {
        return problem;
    }
}
