package dev.callaudit.model;

import java.util.List;

/** One call as read: its metadata, where it came from, and its turns in call order. */
public record Call(
        String callId,
        String agentId,
        String agentName,
        String customerName,
        String language,
        Direction direction,
        String file,
        int line,
        List<Turn> turns) {

    public Call {
        turns = List.copyOf(turns);
    }

    public boolean customerSpeaks() {
        return turns.stream().anyMatch(t -> t.isCustomer() && !t.text().isBlank());
    }

    public List<Turn> agentTurns() {
        return turns.stream().filter(Turn::isAgent).toList();
    }
}
