package io.github.loosmethod.interchange.wire;

import io.github.loosmethod.Texts;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;

/**
 * The fields a lenient read skipped (<em>champs ignorés</em>): how many, and the first
 * {@value #SHOWN} of them, so that one summary line at WARN says what was dropped — once per
 * document, or once per portfolio however many lines it has. Field names come from the input: they
 * are shown escaped ({@link Texts#excerpt(String)}), so that a name holding a line feed or a
 * terminal escape cannot forge a log line. Not thread-safe; one per read.
 */
public final class Ignored {

    /** The most fields named in a summary; the others are counted. */
    static final int SHOWN = 5;

    private long count;
    private long lines;
    private long lastLine;
    private long line;
    private final List<String> first = new ArrayList<>(SHOWN);

    /** Places the fields added next on a line of a JSON Lines stream. */
    void atLine(long line) {
        this.line = line;
    }

    /** Counts a skipped field, by its JSON Pointer. */
    void add(String pointer) {
        count++;
        if (line != lastLine || lines == 0) {
            lines++;
            lastLine = line;
        }
        if (first.size() < SHOWN) {
            first.add(line > 0 ? "line " + line + " " + Texts.excerpt(pointer) : Texts.excerpt(pointer));
        }
    }

    /**
     * Adds the fields another read skipped on one line of a portfolio, as if they had been counted
     * here: a parallel reader counts each line's on a worker thread and adds them in line order.
     */
    void addLine(Ignored line) {
        if (line.count == 0) {
            return;
        }
        count += line.count;
        lines++;
        lastLine = line.lastLine;
        this.line = line.line;
        for (int i = 0; i < line.first.size() && first.size() < SHOWN; i++) {
            first.add(line.first.get(i));
        }
    }

    /** How many fields were skipped. */
    long count() {
        return count;
    }

    /** The summary line, or empty text when nothing was skipped. */
    String summary(String source) {
        if (count == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder("Ignored ").append(count).append(count == 1 ? " unknown field" : " unknown fields");
        if (line > 0) {
            text.append(" on ").append(lines).append(lines == 1 ? " line" : " lines");
        }
        text.append(" of ").append(source).append(": ").append(String.join(", ", first));
        if (count > first.size()) {
            text.append(", and ").append(count - first.size()).append(" more");
        }
        return text.toString();
    }

    /** Logs the summary at WARN, if anything was skipped. */
    void log(Logger log, String source) {
        if (count > 0 && log.isWarnEnabled()) {
            log.warn("{}", summary(source));
        }
    }
}
