package dev.callaudit.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Who spoke a turn. Exports name the two sides in many ways; the aliases are the ones SPEC.md lists. */
public enum Speaker {
    AGENT, CUSTOMER;

    private static final Map<String, Speaker> ALIASES = Map.ofEntries(
            Map.entry("agent", AGENT), Map.entry("rep", AGENT), Map.entry("representative", AGENT),
            Map.entry("客服", AGENT), Map.entry("坐席", AGENT), Map.entry("座席", AGENT), Map.entry("상담원", AGENT),
            Map.entry("customer", CUSTOMER), Map.entry("caller", CUSTOMER), Map.entry("client", CUSTOMER),
            Map.entry("客户", CUSTOMER), Map.entry("客戶", CUSTOMER), Map.entry("用户", CUSTOMER), Map.entry("用戶", CUSTOMER),
            Map.entry("고객", CUSTOMER));

    public static Optional<Speaker> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(ALIASES.get(raw.strip().toLowerCase(Locale.ROOT)));
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
