package dev.callaudit.io;

import java.nio.charset.Charset;
import java.util.function.Consumer;

/**
 * How to read: the text encoding (UTF-8 unless the user says GBK, Big5...), the agent for records
 * that carry none, and where warnings go (file:line: message).
 */
public record ReadOptions(Charset encoding, String defaultAgent, Consumer<String> warnings) {
}
