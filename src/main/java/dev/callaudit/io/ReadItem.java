package dev.callaudit.io;

import dev.callaudit.model.Call;

/** What a reader yields for each record: a call to audit, or a rejection that says where and why. */
public sealed interface ReadItem permits ReadItem.Accepted, ReadItem.Rejected {

    record Accepted(Call call) implements ReadItem {
    }

    /** @param callId null when the record is too broken to tell */
    record Rejected(String file, int line, String callId, String reason) implements ReadItem {
    }
}
