package dev.callaudit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.ibm.icu.text.Transliterator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a deterministic benchmark corpus: the same calls as JSON Lines ({@code calls.jsonl}) and as
 * canonical CSV ({@code calls.csv}), plus {@code phrases.txt} (the built-in packs' literal forbidden
 * phrases, for grep) and {@code corpus.txt} (what was written, as key=value lines).
 *
 * <p>Mostly zh-CN, some zh-TW, ko and en calls of 8..20 turns of 10..60 characters, made from phrases
 * of the bundled samples and the packs' stage phrases; several hundred agents of varying quality; about
 * 5 % of agent turns carry a forbidden phrase (a {@code match} example of a built-in rule) and some calls
 * miss stages. Not part of the CLI: {@code bin/bench} runs it with
 * {@code java -cp target/callaudit.jar dev.callaudit.bench.CorpusGenerator --out DIR [--calls N | --mb M]}.
 */
public final class CorpusGenerator {

    private static final String CSV_HEADER =
            "call_id,agent_id,agent_name,customer_name,language,direction,turn,speaker,text,start_ms,end_ms\r\n";

    public static void main(String[] args) throws IOException {
        Path out = Path.of("target/bench");
        long calls = -1;
        double mb = 100;
        long seed = 20261121L;
        int agents = 400;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--calls" -> calls = Long.parseLong(args[++i]);
                case "--mb" -> mb = Double.parseDouble(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--agents" -> agents = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: CorpusGenerator --out DIR [--calls N | --mb MB] [--seed S] [--agents A]");
                    System.exit(2);
                }
            }
        }
        Files.createDirectories(out);
        CorpusGenerator g = new CorpusGenerator(seed, agents);
        Map<String, Object> stats = g.write(out, calls, calls > 0 ? -1 : (long) (mb * 1_000_000));
        StringBuilder manifest = new StringBuilder();
        stats.forEach((k, v) -> manifest.append(k).append('=').append(v).append('\n'));
        Files.writeString(out.resolve("corpus.txt"), manifest, StandardCharsets.UTF_8);
        System.out.print(manifest);
    }

    // ------------------------------------------------------------------------------------ model

    /** One customer issue: what the customer says, what the agent restates, the detail asked for, the talk in between. */
    private record Scenario(String problem, String req, String item, char numKind, String[][] pairs, String done) {
        Scenario map(java.util.function.UnaryOperator<String> f) {
            String[][] p = new String[pairs.length][];
            for (int i = 0; i < pairs.length; i++) {
                p[i] = new String[]{f.apply(pairs[i][0]), f.apply(pairs[i][1])};
            }
            return new Scenario(f.apply(problem), f.apply(req), f.apply(item), numKind, p, f.apply(done));
        }
    }

    /** A language's phrase pools. Placeholders: {co} {ag} {no} {s} (customer name) {h} (honorific) {item} {num} {req}. */
    private static final class Lang {
        String tag;
        double msPerChar;
        String[] companies;
        String[] agentFamily;
        String[] agentGiven;
        String[] custFamily;
        String[] custGivenMale;
        String[] custGivenFemale;
        String honMale;
        String honFemale;
        boolean westernOrder; // "Sarah Jones" vs 王芳 / 김민수
        String[] openFull;
        String[] openGreetingOnly;
        String[] openNone;
        String[] openOutbound;      // {s}{h} is the customer, record carries customer_name
        String[] outboundReply;
        String[] outboundPurpose;
        String[] custIntro;         // prefix to the problem, gives the name
        String[] custHello;         // prefix to the problem, no name
        String[] agentUseName;      // uses the name and asks for the item
        String[] agentAskName;      // asks name and item
        String[] agentNoName;       // asks the item only
        String[] custGiveName;      // answers name + item
        String[] custDecline;       // declines the name, gives the item
        String[] custGiveItem;
        String[] confirmNumber;
        String[] confirmReq;
        String[] custYes;
        String[] anythingElse;
        String[] custNoMore;
        String[] custThanks;
        String[] closeFull;
        String[] closeCourtesyOnly;
        String[] closeBare;
        String[] closeNone;
        String[][] genericPairs;
        String[] namePrefix;        // "{s}{h}," put before a middle agent turn
        Scenario[] scenarios;
        List<String> forbidden = new ArrayList<>();
    }

    private record Agent(String id, String name, Lang lang, String number, double missFactor, double forbidFactor) {
    }

    private record Turn(boolean agent, String text) {
    }

    private final Random rnd;
    private final List<Agent> agentList = new ArrayList<>();
    private final Map<String, Lang> langs = new LinkedHashMap<>();
    private final List<String> phrases = new ArrayList<>();

    public CorpusGenerator(long seed, int agents) {
        this.rnd = new Random(seed);
        Lang zhCN = zhCN();
        Lang zhTW = zhTW(zhCN);
        Lang ko = ko();
        Lang en = en();
        for (Lang l : List.of(zhCN, zhTW, ko, en)) {
            langs.put(l.tag, l);
        }
        loadPacks();
        // 70 % of the agents work in zh-CN, 12.5 % zh-TW, 8.75 % ko, 8.75 % en; calls pick agents uniformly
        for (int i = 0; i < agents; i++) {
            double f = (double) i / agents;
            Lang l = f < 0.70 ? zhCN : f < 0.825 ? zhTW : f < 0.9125 ? ko : en;
            double q = rnd.nextDouble();
            double miss = q < 0.6 ? 0.5 : q < 0.9 ? 1.0 : 3.0;
            double forbid = q < 0.6 ? 0.4 : q < 0.9 ? 1.0 : 4.0;
            String name = l.westernOrder
                    ? pick(l.agentGiven) + " " + pick(l.agentFamily)
                    : pick(l.agentFamily) + pick(l.agentGiven);
            agentList.add(new Agent(String.format(Locale.ROOT, "A%04d", i + 1), name, l,
                    String.valueOf(1000 + rnd.nextInt(9000)), miss, forbid));
        }
    }

    /** Agent turns typical of one language's calls (for the JMH benchmarks): {@code count} of them, deterministic. */
    public static List<String> sampleTurns(String language, int count, long seed) {
        CorpusGenerator g = new CorpusGenerator(seed, 400);
        List<String> out = new ArrayList<>();
        while (out.size() < count) {
            Agent a = g.agentList.get(g.rnd.nextInt(g.agentList.size()));
            if (!a.lang().tag.equals(language)) {
                continue;
            }
            for (Turn t : g.call(a, false).turns) {
                if (out.size() < count) {
                    out.add(t.text());
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------ writing

    private Map<String, Object> write(Path dir, long calls, long targetBytes) throws IOException {
        Map<String, Object> stats = new LinkedHashMap<>();
        Map<String, Long> perLang = new TreeMap<>();
        long n = 0;
        long turns = 0;
        long agentTurns = 0;
        long forbiddenTurns = 0;
        long minLen = Long.MAX_VALUE;
        long maxLen = 0;
        long chars = 0;
        long outOfRange = 0;
        long minTurns = Long.MAX_VALUE;
        long maxTurns = 0;
        CountingStream jsonBytes;
        CountingStream csvBytes;
        try (OutputStream jf = Files.newOutputStream(dir.resolve("calls.jsonl"));
             OutputStream cf = Files.newOutputStream(dir.resolve("calls.csv"))) {
            jsonBytes = new CountingStream(jf);
            csvBytes = new CountingStream(cf);
            Writer json = new BufferedWriter(new OutputStreamWriter(jsonBytes, StandardCharsets.UTF_8), 1 << 20);
            Writer csv = new BufferedWriter(new OutputStreamWriter(csvBytes, StandardCharsets.UTF_8), 1 << 20);
            csv.write(CSV_HEADER);
            StringBuilder jb = new StringBuilder(8192);
            StringBuilder cb = new StringBuilder(8192);
            long jsonTotal = 0;
            while (calls > 0 ? n < calls : jsonTotal < targetBytes) {
                n++;
                Agent agent = agentList.get(rnd.nextInt(agentList.size()));
                Call call = call(agent, true);
                String callId = String.format(Locale.ROOT, "c-%08d", n);
                String language = rnd.nextDouble() < 0.85 ? agent.lang().tag : null; // else detected from the text
                perLang.merge(agent.lang().tag, 1L, Long::sum);
                jb.setLength(0);
                jb.append("{\"call_id\":\"").append(callId).append("\",\"agent_id\":\"").append(agent.id())
                        .append("\",\"agent_name\":");
                jsonString(jb, agent.name());
                jb.append(",\"customer_name\":");
                jsonString(jb, call.customerName);
                jb.append(",\"language\":");
                jsonString(jb, language);
                jb.append(",\"direction\":\"").append(call.outbound ? "outbound" : "inbound").append("\",\"turns\":[");
                long t0 = 800 + rnd.nextInt(2200);
                int i = 0;
                for (Turn t : call.turns) {
                    long dur = (long) (t.text().length() * agent.lang().msPerChar * (0.8 + 0.4 * rnd.nextDouble())) + 300;
                    long t1 = t0 + dur;
                    if (i > 0) {
                        jb.append(',');
                    }
                    jb.append("{\"speaker\":\"").append(t.agent() ? "agent" : "customer").append("\",\"text\":");
                    jsonString(jb, t.text());
                    jb.append(",\"start_ms\":").append(t0).append(",\"end_ms\":").append(t1).append('}');
                    cb.append(callId).append(',').append(agent.id()).append(',');
                    csvField(cb, agent.name());
                    cb.append(',');
                    csvField(cb, call.customerName);
                    cb.append(',');
                    csvField(cb, language);
                    cb.append(',').append(call.outbound ? "outbound" : "inbound").append(',').append(i + 1).append(',')
                            .append(t.agent() ? "agent" : "customer").append(',');
                    csvField(cb, t.text());
                    cb.append(',').append(t0).append(',').append(t1).append("\r\n");
                    t0 = t1 + 200 + rnd.nextInt(1300);
                    i++;
                    int len = t.text().codePointCount(0, t.text().length());
                    minLen = Math.min(minLen, len);
                    maxLen = Math.max(maxLen, len);
                    chars += len;
                    if (len < 10 || len > 60) {
                        outOfRange++;
                    }
                    if (t.agent()) {
                        agentTurns++;
                    }
                }
                jb.append("]}\n");
                jsonTotal += utf8Length(jb);
                json.append(jb);
                csv.append(cb);
                cb.setLength(0);
                turns += call.turns.size();
                forbiddenTurns += call.forbiddenTurns;
                minTurns = Math.min(minTurns, call.turns.size());
                maxTurns = Math.max(maxTurns, call.turns.size());
            }
            json.flush();
            csv.flush();
        }
        Files.write(dir.resolve("phrases.txt"), phrases, StandardCharsets.UTF_8);
        stats.put("calls", n);
        stats.put("turns", turns);
        stats.put("agent_turns", agentTurns);
        stats.put("forbidden_turns", forbiddenTurns);
        stats.put("forbidden_share", String.format(Locale.ROOT, "%.4f", agentTurns == 0 ? 0 : (double) forbiddenTurns / agentTurns));
        stats.put("agents", agentList.size());
        stats.put("turns_per_call_min", minTurns);
        stats.put("turns_per_call_max", maxTurns);
        stats.put("turn_chars_min", minLen);
        stats.put("turn_chars_max", maxLen);
        stats.put("turn_chars_mean", String.format(Locale.ROOT, "%.1f", turns == 0 ? 0 : (double) chars / turns));
        stats.put("turns_outside_10_60", outOfRange);
        perLang.forEach((k, v) -> stats.put("calls_" + k, v));
        stats.put("jsonl_bytes", jsonBytes.count);
        stats.put("csv_bytes", csvBytes.count);
        stats.put("phrases", phrases.size());
        return stats;
    }

    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    private static long utf8Length(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    private static void jsonString(StringBuilder b, String s) {
        if (s == null) {
            b.append("null");
            return;
        }
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    private static void csvField(StringBuilder b, String s) {
        if (s == null) {
            return;
        }
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            b.append(s);
            return;
        }
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                b.append('"');
            }
            b.append(c);
        }
        b.append('"');
    }

    // ------------------------------------------------------------------------------------ one call

    private static final class Call {
        final List<Turn> turns = new ArrayList<>();
        String customerName;
        boolean outbound;
        int forbiddenTurns;
    }

    private Call call(Agent agent, boolean injectForbidden) {
        Lang l = agent.lang();
        Call c = new Call();
        Scenario sc = pick(l.scenarios);
        boolean male = rnd.nextBoolean();
        String family = pick(l.custFamily);
        String given = pick(male ? l.custGivenMale : l.custGivenFemale);
        String fullName = l.westernOrder ? given + " " + family : family + given;
        String co = pick(l.companies);
        String num = number(sc.numKind());
        Map<String, String> v = new java.util.HashMap<>();
        v.put("{co}", co);
        v.put("{ag}", agent.name());
        v.put("{agf}", l.westernOrder ? agent.name().substring(0, agent.name().indexOf(' ')) : agent.name().substring(0, 1));
        v.put("{no}", agent.number());
        // Korean and English address the caller by the full name, Chinese by the family name
        v.put("{s}", l.tag.equals("ko") ? fullName : family);
        v.put("{fn}", fullName);
        v.put("{h}", male ? l.honMale : l.honFemale);
        v.put("{item}", sc.item());
        v.put("{num}", num);
        v.put("{req}", sc.req());
        double miss = agent.missFactor();
        int target = 8 + rnd.nextInt(13);
        List<Turn> t = c.turns;
        boolean nameKnown;
        int nameGivenAt = -1; // the customer answered the agent's question: the agent's next turn uses the name

        c.outbound = l.openOutbound != null && rnd.nextDouble() < 0.05;
        if (c.outbound) {
            c.customerName = fullName;
            t.add(new Turn(true, fill(pick(l.openOutbound), v)));
            t.add(new Turn(false, fill(pick(l.outboundReply), v)));
            t.add(new Turn(true, fill(pick(l.outboundPurpose), v)));
            t.add(new Turn(false, fill(pick(l.custGiveItem), v)));
            nameKnown = true;
        } else {
            if (rnd.nextDouble() < 0.04) {
                c.customerName = fullName; // the platform knew the caller
            }
            double o = rnd.nextDouble();
            String open = o < 1 - 0.15 * miss ? pick(l.openFull) : o < 1 - 0.07 * miss ? pick(l.openGreetingOnly) : pick(l.openNone);
            t.add(new Turn(true, fill(open, v)));
            boolean intro = rnd.nextDouble() < 0.6;
            String problem = sc.problem();
            String prefix = fill(pick(intro ? l.custIntro : l.custHello), v);
            t.add(new Turn(false, fits(prefix + problem) ? prefix + problem : problem));
            intro = intro && fits(prefix + problem);
            nameKnown = intro || c.customerName != null;
            if (nameKnown) {
                t.add(new Turn(true, fill(rnd.nextDouble() < 1 - 0.15 * miss ? pick(l.agentUseName) : pick(l.agentNoName), v)));
                t.add(new Turn(false, fill(pick(l.custGiveItem), v)));
            } else if (rnd.nextDouble() < 1 - 0.25 * miss) {
                t.add(new Turn(true, fill(pick(l.agentAskName), v)));
                boolean declines = rnd.nextDouble() < 0.12;
                t.add(new Turn(false, fill(pick(declines ? l.custDecline : l.custGiveName), v)));
                nameKnown = !declines;
                nameGivenAt = nameKnown && rnd.nextDouble() < 1 - 0.15 * miss ? t.size() - 1 : -1;
            } else {
                t.add(new Turn(true, fill(pick(l.agentNoName), v)));
                t.add(new Turn(false, fill(pick(l.custGiveItem), v)));
            }
        }
        boolean confirm = rnd.nextDouble() < 1 - 0.2 * miss;
        boolean byNumber = confirm && rnd.nextDouble() < 0.4;
        if (byNumber) {
            t.add(new Turn(true, fill(pick(l.confirmNumber), v)));
            t.add(new Turn(false, fill(pick(l.custYes), v)));
        }
        boolean askElse = rnd.nextDouble() < 1 - 0.18 * miss;
        double cl = rnd.nextDouble();
        String closing = cl < 1 - 0.15 * miss ? pick(l.closeFull)
                : cl < 1 - 0.10 * miss ? pick(l.closeCourtesyOnly)
                : cl < 1 - 0.05 * miss ? pick(l.closeBare) : pick(l.closeNone);
        // the end of the call: [confirmation, yes], done (+ anything else?), no more, closing
        List<Turn> end = new ArrayList<>();
        if (confirm && !byNumber) {
            end.add(new Turn(true, fill(pick(l.confirmReq), v)));
            end.add(new Turn(false, fill(pick(l.custYes), v)));
        }
        String done = fill(sc.done(), v);
        if (askElse) {
            String ae = fill(pick(l.anythingElse), v);
            String joined = done + (l.westernOrder || l.tag.equals("ko") ? " " : "") + ae;
            if (fits(joined)) {
                end.add(new Turn(true, joined));
            } else {
                end.add(new Turn(true, done));
                end.add(new Turn(false, fill(pick(l.custThanks), v)));
                end.add(new Turn(true, ae));
            }
            end.add(new Turn(false, fill(pick(l.custNoMore), v)));
        } else {
            end.add(new Turn(true, done));
            end.add(new Turn(false, fill(pick(l.custThanks), v)));
        }
        end.add(new Turn(true, fill(closing, v)));
        // the middle: the scenario's exchanges, then generic ones, until the call has its length
        List<String[]> pool = new ArrayList<>(List.of(sc.pairs()));
        java.util.Collections.shuffle(pool, rnd);
        int pi = 0;
        while (t.size() + end.size() + 2 <= target) {
            String[] p = pi < pool.size() ? pool.get(pi++) : pick(l.genericPairs);
            String a = fill(p[0], v);
            if (nameKnown && rnd.nextDouble() < 0.25) {
                String named = fill(pick(l.namePrefix), v) + a;
                a = fits(named) ? named : a;
            }
            t.add(new Turn(true, a));
            t.add(new Turn(false, fill(p[1], v)));
        }
        if (t.size() + end.size() < target) {
            t.add(new Turn(true, fill(pick(l.genericPairs)[0], v)));
        }
        t.addAll(end);
        for (int i = nameGivenAt + 1; nameGivenAt >= 0 && i < t.size(); i++) {
            if (t.get(i).agent()) {
                String named = fill(pick(l.namePrefix), v) + t.get(i).text();
                if (fits(named)) {
                    t.set(i, new Turn(true, named));
                    break;
                }
            }
        }
        if (injectForbidden) {
            double p = 0.05 * agent.forbidFactor() / 0.94;
            for (int i = 0; i < t.size(); i++) {
                if (t.get(i).agent() && rnd.nextDouble() < p) {
                    t.set(i, new Turn(true, pick(l.forbidden)));
                    c.forbiddenTurns++;
                }
            }
        }
        return c;
    }

    private static boolean fits(String s) {
        return s.codePointCount(0, s.length()) <= 60;
    }

    private static String fill(String template, Map<String, String> v) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder b = new StringBuilder(template.length() + 16);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                b.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            b.append(template, i, open);
            String key = template.substring(open, close + 1);
            String val = v.get(key);
            b.append(val != null ? val : key);
            i = close + 1;
        }
        return b.toString();
    }

    private String pick(String[] a) {
        return a[rnd.nextInt(a.length)];
    }

    private String[] pick(String[][] a) {
        return a[rnd.nextInt(a.length)];
    }

    private Scenario pick(Scenario[] a) {
        return a[rnd.nextInt(a.length)];
    }

    private String pick(List<String> a) {
        return a.get(rnd.nextInt(a.size()));
    }

    private String digits(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + rnd.nextInt(10)));
        }
        return b.toString();
    }

    /** p: mobile (CN), k: Korean mobile, u: US phone, a: account (11), w: waybill, o: order (16), c: card (16). */
    private String number(char kind) {
        return switch (kind) {
            case 'p' -> "1" + "3589".charAt(rnd.nextInt(4)) + digits(9);
            case 'k' -> "010-" + digits(4) + "-" + digits(4);
            case 'u' -> "555-" + digits(3) + "-" + digits(4);
            case 'w' -> "SD" + digits(10);
            case 'o' -> "2026" + digits(12);
            case 'c' -> "6222" + digits(12);
            case 'e' -> digits(8);
            default -> "0" + digits(10);
        };
    }

    // ------------------------------------------------------------------------------------ the packs

    /** Forbidden examples per language (the rules' own {@code match} sentences) and the literal phrases for grep. */
    private void loadPacks() {
        YAMLMapper yaml = new YAMLMapper();
        Set<String> literal = new LinkedHashSet<>();
        Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
        for (String pack : List.of("zh-CN", "zh-TW", "ko", "en")) {
            JsonNode root;
            try (InputStream in = CorpusGenerator.class.getResourceAsStream("/callaudit/packs/" + pack + ".yaml")) {
                if (in == null) {
                    throw new IllegalStateException("built-in pack " + pack + " not on the class path");
                }
                root = yaml.readTree(in);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            for (JsonNode rule : root.path("forbidden")) {
                List<String> forms = new ArrayList<>();
                forms.add(rule.path("phrase").asText(""));
                rule.path("variants").forEach(x -> forms.add(x.asText("")));
                for (String f : forms) {
                    if (!f.isBlank() && f.indexOf('{') < 0) {
                        literal.add(f);
                    }
                }
                for (JsonNode ex : rule.path("examples").path("match")) {
                    String s = ex.asText();
                    int len = s.codePointCount(0, s.length());
                    if (len >= 10 && len <= 60) {
                        langs.get(pack).forbidden.add(s);
                        if (pack.equals("zh-CN")) {
                            langs.get("zh-TW").forbidden.add(toTraditional.transliterate(s));
                        }
                    }
                }
            }
        }
        phrases.addAll(literal);
        for (Lang l : langs.values()) {
            if (l.forbidden.isEmpty()) {
                throw new IllegalStateException("no forbidden examples for " + l.tag);
            }
        }
    }

    // ------------------------------------------------------------------------------------ phrase pools

    private static String[] a(String... s) {
        return s;
    }

    private static String[] p(String agent, String customer) {
        return new String[]{agent, customer};
    }

    private static Lang zhCN() {
        Lang l = new Lang();
        l.tag = "zh-CN";
        l.msPerChar = 230;
        l.companies = a("华信通信", "顺达快递", "志晟信息", "恒通银行", "优品商城", "安和保险", "星河宽带");
        l.agentFamily = a("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗");
        l.agentGiven = a("芳", "伟", "敏", "静", "磊", "洋", "艳", "勇", "婷", "杰", "娟", "涛", "明", "超", "秀英", "丽", "强", "晓燕", "桂英", "海波");
        l.custFamily = a("李", "张", "王", "刘", "周", "孙", "马", "朱", "胡", "郭", "何", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩");
        l.custGivenMale = a("伟", "强", "军", "洋", "建国", "志明", "浩然");
        l.custGivenFemale = a("丽", "敏", "静", "秀兰", "红梅", "雨婷", "佳怡");
        l.honMale = "先生";
        l.honFemale = "女士";
        l.openFull = a(
                "您好,{co}客服中心,工号{no}为您服务,请问有什么可以帮您?",
                "您好,这里是{co}客服中心,我是{ag},请问有什么可以帮您?",
                "上午好,欢迎致电{co}服务热线,请问有什么可以帮到您?",
                "您好,{co}服务中心,{no}号为您服务,请问您需要什么帮助?",
                "下午好,{co}客户服务中心,很高兴为您服务。",
                "您好，{co}客服中心，工号{no}为您服务，请问有什么可以帮您？",
                "您好,欢迎来电{co},我是{ag},请问有什么可以帮助您的?");
        l.openGreetingOnly = a("您好,请讲,我这边在听。", "你好,请说,我在听着呢。", "您好您好,请讲,您请说。");
        l.openNone = a("你要办什么业务?直接说就行。", "这里是{co},你要办什么事情?", "说吧,要办什么?我这边记一下。");
        l.openOutbound = a(
                "您好,请问是{s}{h}吗?我是{co}客服中心的客服代表{ag}。",
                "您好,请问您是{s}{h}吗?我是{co}的客服代表,工号{no}。");
        l.outboundReply = a("是我,什么事?你说吧。", "对,我就是,请问有什么事?");
        l.outboundPurpose = a(
                "{s}{h},关于您上次报修的问题,想跟您做个简单的回访,不知道您现在是否方便?",
                "{s}{h},关于您上次咨询的问题,想跟您确认一下处理结果,您现在方便接听电话吗?");
        l.custIntro = a("你好,我姓{s},", "您好,我姓{s},", "喂,你好,我姓{s},", "你好,免贵姓{s},");
        l.custHello = a("你好,", "您好,", "喂,你好,", "");
        l.agentUseName = a(
                "好的{s}{h},麻烦您提供一下{item}。",
                "{s}{h}您好,请您提供一下您的{item}。",
                "好的{s}{h},请问您的{item}是多少?",
                "{s}{h},实在抱歉给您添麻烦了,麻烦您提供一下{item}。");
        l.agentAskName = a(
                "好的,请问您贵姓?麻烦您再提供一下{item}。",
                "好的,请问怎么称呼您?另外麻烦您提供一下{item}。",
                "明白,请问您贵姓?您的{item}是多少?");
        l.agentNoName = a("好的,麻烦您提供一下{item}。", "行,你把{item}报一下。", "好的,请您提供一下需要查询的{item}。");
        l.custGiveName = a("我姓{s},{item}是{num}。", "免贵姓{s},{item}是{num}。", "我叫{fn},{item}是{num}。");
        l.custDecline = a("姓什么不重要,{item}是{num}。", "名字就不说了,{item}是{num}。");
        l.custGiveItem = a("{item}是{num}。", "好的,{item}是{num}。", "嗯,我的{item}是{num}。", "{num},你记一下吧。");
        l.confirmNumber = a(
                "我帮您重复一下,{item}是{num},对吗?",
                "我跟您核对一下,您的{item}是{num},对吗?",
                "跟您确认一下,{item}{num},没错吧?");
        l.confirmReq = a(
                "我跟您确认一下,您是要{req},对吗?",
                "我跟您确认一下,您是想{req},是吗?",
                "您的意思是要{req},对吗?");
        l.custYes = a("对,就是这个意思,没错。", "对的,没错,麻烦你了。", "是的,就是这样,你帮我办吧。", "对,没问题,就按这个办。");
        l.anythingElse = a("请问还有其他可以帮您的吗?", "请问您还需要其他帮助吗?", "请问还有什么可以帮您?", "您看还有其他问题吗?");
        l.custNoMore = a("没有了,谢谢,就这些。", "没有了,谢谢你啊,麻烦了。", "暂时没有了,谢谢你。", "没别的了,你们尽快处理。");
        l.custThanks = a("好的,我知道了,谢谢你。", "行,那就这样吧,谢谢。", "好的好的,那我等通知。");
        l.closeFull = a(
                "不客气,感谢您的来电,祝您生活愉快,再见!",
                "感谢您的来电,祝您工作顺利,再见!",
                "好的,感谢您的耐心等待,祝您周末愉快,再见!",
                "不客气,感谢您的理解与支持,祝您生活愉快,再见。",
                "感谢您的来电,如有其他问题欢迎随时联系我们,再见!");
        l.closeCourtesyOnly = a("感谢您的来电,祝您生活愉快。", "好的,感谢您的耐心,祝您工作愉快。");
        l.closeBare = a("好的,那就这样,再见。", "行,没别的事那就再见了。");
        l.closeNone = a("好的,那先这样,有事再联系。", "行,那就这样吧,先挂了啊。");
        l.namePrefix = a("{s}{h},", "好的{s}{h},");
        l.genericPairs = new String[][]{
                p("请您稍等,我帮您查询一下。", "好的,麻烦你快一点。"),
                p("感谢您的耐心等待,我这边已经查到了。", "好的,你说吧,我听着呢。"),
                p("这个问题我需要跟后台同事核实一下,请您稍等。", "好的,没问题,我等一下。"),
                p("给您添麻烦了,实在抱歉,我马上帮您处理。", "行,你们尽快处理就好。"),
                p("系统有点慢,请您再稍等一下,马上就好。", "好,不着急,你慢慢查。")};
        l.scenarios = new Scenario[]{
                new Scenario("我想查一下上个月的话费,感觉扣得有点多。", "查一下上个月的话费明细", "手机号码", 'p', new String[][]{
                        p("您上个月话费一共128元,其中套餐费88元,另外40元是流量超出的费用。", "流量超了?我怎么没收到提醒短信啊。"),
                        p("系统在3号和5号都给您发过提醒短信,您可以翻一下短信记录。", "哦,找到了,是我自己没注意。"),
                        p("如果您流量不够用,可以加一个每月10元的流量包。", "那能不能换个流量多一点的套餐?")},
                        "好的,已经为您提交了,下月1号生效,稍后会有短信通知。"),
                new Scenario("我家宽带从昨天晚上就断了,一直连不上网。", "报修家里的宽带故障,尽快安排师傅上门", "宽带账号", 'a', new String[][]{
                        p("从系统看是您那栋楼的光缆有故障,已经有工单在处理了。", "那什么时候能修好?孩子晚上还要上网课。"),
                        p("麻烦您看一下光猫上的灯,是不是有一个红灯在闪?", "对,LOS灯一直闪红灯,重启了好几次也不行。"),
                        p("已经为您加急派单,师傅下午四点前上门,上门前会先给您打电话。", "好的,那我下午在家等师傅。")},
                        "好的,报修工单已经提交,师傅会在24小时内联系您。"),
                new Scenario("我想把现在的套餐换成流量多一点的。", "把现在的套餐换成流量更多的套餐,下个月生效", "手机号码", 'p', new String[][]{
                        p("现在有一款88元的套餐,每月40G流量,通话500分钟。", "那挺划算的,就帮我换这个吧。"),
                        p("您现在的套餐是58元,每月只有10G流量。", "难怪每个月都不够用,早就该换了。"),
                        p("新套餐下个月1号生效,这个月还是按原来的套餐收费。", "行,下个月生效也可以。")},
                        "好的,已经为您办理成功,稍后会收到短信通知。"),
                new Scenario("我想重置一下服务密码,原来的密码忘了。", "重置手机的服务密码", "手机号码", 'p', new String[][]{
                        p("新密码需要是6位数字,不能用连续或者重复的数字。", "那我用生日可以吗?好记一点。"),
                        p("不建议用生日,容易被别人猜到,您按短信提示设置就可以。", "好,短信收到了,我现在就设置。"),
                        p("设置好以后原来的密码就失效了,请您妥善保管新密码。", "明白了,我会记好的,谢谢提醒。")},
                        "好的,密码已经重置成功,请您留意短信。"),
                new Scenario("我有个快递还没派送,想改一下收件地址。", "把收件地址改到浦东新区张江路1599号公司前台", "运单号", 'w', new String[][]{
                        p("查到了,快件目前在浦东新区的网点,还没有派送。", "那能改到我公司吗?我白天都在公司。"),
                        p("请问您要改到什么地址?收件人和电话变不变?", "改到浦东新区张江路1599号,人和电话都不变。"),
                        p("预计明天上午派送,快递员会提前给您打电话。", "好的,那我等快递员的电话。")},
                        "好的,已经为您修改了收件地址,预计明天上午派送。"),
                new Scenario("我的快递显示签收了,但我根本没收到。", "查一下显示已签收但实际没有收到的快件", "运单号", 'w', new String[][]{
                        p("快件是昨天下午三点签收的,签收人写的是门卫室。", "我问过门卫了,他们说没看到这个快递。"),
                        p("我这边帮您联系一下派送的快递员,核实一下投递情况。", "好的,麻烦你尽快,我今天下午就要用。"),
                        p("快递员说放在了小区的快递柜,取件码稍后发到您手机。", "原来是放快递柜了,那我下去看看。")},
                        "好的,已经为您登记了查件,两小时内给您回电。"),
                new Scenario("我上周买的电饭煲收到就坏了,想申请退货。", "把上周买的电饭煲办理退货退款", "订单号", 'o', new String[][]{
                        p("商品在签收七天内都可以无理由退货,运费由我们承担。", "那退款多久能到账?我是用信用卡付的。"),
                        p("退款会在收到退货后三个工作日内原路退回您的信用卡。", "好的,那我明天就把东西寄回去。"),
                        p("快递员明天上午会上门取件,您把商品和配件放在一起就行。", "发票也要一起寄回去吗?")},
                        "好的,退货申请已经提交,快递员明天上门取件。"),
                new Scenario("我下单三天了还没发货,能不能帮我催一下?", "催一下三天前下的订单尽快发货", "订单号", 'o', new String[][]{
                        p("这个订单仓库显示缺货,预计后天可以发出。", "怎么下单的时候不说缺货,早知道就不买了。"),
                        p("非常抱歉给您添麻烦了,我帮您申请了一张十元的补偿券。", "行吧,那你们尽快发货。"),
                        p("发货以后系统会给您发短信,里面有快递单号。", "好的,那我等短信就行了。")},
                        "好的,已经为您加急处理,仓库会优先发货。"),
                new Scenario("我的银行卡昨天在取款机上被吞了,怎么取回来?", "取回昨天在自助取款机上被吞的银行卡", "卡号", 'c', new String[][]{
                        p("被吞的卡需要您本人带身份证到网点领取,三个工作日内有效。", "好的,那我明天上午去网点拿。"),
                        p("请问您是在哪个网点的自助机上被吞卡的?", "就是人民路那个网点,门口的取款机。"),
                        p("为了您的资金安全,我先帮您把这张卡临时挂失。", "好的,挂失以后还能取回来用吗?")},
                        "好的,已经为您登记,网点工作人员会联系您。"),
                new Scenario("我想查一下我的信用卡这个月的账单。", "查一下这个月信用卡账单的消费明细", "卡号", 'c', new String[][]{
                        p("您这个月账单金额是3280元,最后还款日是25号。", "这么多?我记得没刷这么多啊。"),
                        p("最大的一笔是18号的一千五百元网上消费。", "哦,那笔是我买的手机,没错。"),
                        p("您可以申请分期还款,分三期每期手续费是0.6%。", "那就不用了,我到时候一次还清。")},
                        "好的,账单明细已经发到您的邮箱,请注意查收。"),
                new Scenario("我的车昨天被追尾了,想报一下案。", "为昨天被追尾的车辆报案理赔", "保单号", 'a', new String[][]{
                        p("请问事故发生在什么地方?现场有没有人员受伤?", "在中山路和解放路路口,人都没事。"),
                        p("请您先拍一下现场照片,查勘员半小时内会联系您。", "好的,对方司机也在现场。"),
                        p("对方是全责的话,您可以直接找对方的保险公司理赔。", "交警已经来了,说是对方全责。")},
                        "好的,已经为您报案,报案号稍后会短信发给您。")};
        return l;
    }

    /** zh-TW: the zh-CN exchanges in ICU's Traditional form, with Taiwan wording for the stages. */
    private static Lang zhTW(Lang cn) {
        Transliterator t = Transliterator.getInstance("Simplified-Traditional");
        java.util.function.UnaryOperator<String> f = t::transliterate;
        Lang l = new Lang();
        l.tag = "zh-TW";
        l.msPerChar = 230;
        l.companies = a("安和銀行", "台信電訊", "安心宅配", "美好購物網", "國泰保險", "遠航寬頻");
        l.agentFamily = a("陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "許", "鄭");
        l.agentGiven = a("美玲", "志明", "淑芬", "家豪", "怡君", "俊傑", "雅婷", "建宏", "佩珊", "宗翰");
        l.custFamily = a("黃", "蔡", "陳", "林", "張", "王", "李", "吳", "劉", "許", "曾", "謝");
        l.custGivenMale = a("志強", "冠宇", "承恩", "建國");
        l.custGivenFemale = a("淑惠", "雅雯", "欣怡", "美華");
        l.honMale = "先生";
        l.honFemale = "小姐";
        l.openFull = a(
                "您好,{co}客服中心,{no}號為您服務,請問您需要什麼幫助?",
                "您好，{co}客服中心，{no}號為您服務，請問您需要什麼幫助？",
                "您好,這邊是{co}客服中心,我是{ag},很榮幸為您服務。",
                "午安,{co}服務專線,敝姓{agf},請問有什麼可以幫您?");
        l.openGreetingOnly = a("您好,請說,我這邊在聽。", "您好您好,請講,您請說。");
        l.openNone = a("你要辦什麼業務?直接說就好。", "這裡是{co},你要辦什麼事情?");
        l.custIntro = a("妳好,我姓{s},", "您好，我姓{s}，", "你好,敝姓{s},");
        l.custHello = a("妳好,", "您好，", "你好,", "");
        l.agentUseName = a(
                "{s}{h}您好,麻煩您提供一下您的{item}。",
                "{s}{h}您好，為了確認您的身分，麻煩您提供{item}。",
                "好的{s}{h},請問您的{item}是多少?");
        l.agentAskName = a("好的,請問怎麼稱呼您?麻煩您再提供一下{item}。", "了解,請問您貴姓?您的{item}是多少?");
        l.agentNoName = a("好的,麻煩您提供一下{item}。", "好,你把{item}唸一下。");
        l.custGiveName = a("我姓{s},{item}是{num}。", "敝姓{s}，{item}是{num}。");
        l.custDecline = a("姓什麼不重要,{item}是{num}。");
        l.custGiveItem = a("{item}是{num}。", "好，{item}是{num}。", "我的{item}是{num}。");
        l.confirmNumber = a("我幫您重複一下:您的{item}是{num},對嗎?", "跟您確認一次,{item}是{num},沒錯吧?");
        l.confirmReq = a("我跟您確認一下,您是要{req},對嗎?", "我跟您確認一下，您是想{req}，對嗎？");
        l.custYes = a("對，就是這樣，麻煩妳了。", "是的,沒錯,就照這樣辦。", "對對對,就是這個意思。");
        l.anythingElse = a("請問您還需要其它幫助嗎?", "請問還有什麼需要幫忙的嗎?", "請問還有其他可以幫您的嗎?");
        l.custNoMore = a("沒有了，謝謝妳，就這樣。", "沒有了,謝謝,麻煩你了。");
        l.custThanks = a("好，我知道了，謝謝。", "好的好的,那我等通知。");
        l.closeFull = a("感謝您的來電,祝您順心愉快,再見!", "感謝您的來電，祝您有美好的一天，再見！", "謝謝您的耐心,祝您週末愉快,掰掰。");
        l.closeCourtesyOnly = a("感謝您的來電,祝您順心愉快。");
        l.closeBare = a("好的,那就這樣,再見。");
        l.closeNone = a("好,那先這樣,有事再聯絡。");
        l.namePrefix = a("{s}{h},", "好的{s}{h},");
        l.genericPairs = map(cn.genericPairs, f);
        l.scenarios = new Scenario[cn.scenarios.length];
        for (int i = 0; i < l.scenarios.length; i++) {
            l.scenarios[i] = cn.scenarios[i].map(f);
        }
        return l;
    }

    private static String[][] map(String[][] pairs, java.util.function.UnaryOperator<String> f) {
        String[][] out = new String[pairs.length][];
        for (int i = 0; i < pairs.length; i++) {
            out[i] = new String[]{f.apply(pairs[i][0]), f.apply(pairs[i][1])};
        }
        return out;
    }

    private static Lang ko() {
        Lang l = new Lang();
        l.tag = "ko";
        l.msPerChar = 170;
        l.companies = a("한빛통신", "새봄은행", "다온택배", "누리쇼핑", "하나로인터넷");
        l.agentFamily = a("김", "이", "박", "최", "정", "강", "조", "윤", "장", "임");
        l.agentGiven = a("지은", "민수", "서연", "현우", "수진", "영호", "하은", "준호", "미영", "도윤");
        l.custFamily = a("김", "이", "박", "최", "정", "한", "오", "서", "신", "권");
        l.custGivenMale = a("민준", "성호", "재원", "동현");
        l.custGivenFemale = a("지영", "수빈", "은정", "혜진");
        l.honMale = "고객님";
        l.honFemale = "고객님";
        l.openFull = a(
                "안녕하세요, {co} 고객센터 상담원 {ag}입니다. 무엇을 도와드릴까요?",
                "감사합니다, {co} 고객센터입니다. 어떤 일로 전화 주셨나요?",
                "안녕하십니까, {co} 콜센터 {no}번 상담원입니다. 무엇을 도와드릴까요?",
                "안녕하세요, {co}입니다. 어떤 문의로 연락 주셨나요?");
        l.openGreetingOnly = a("안녕하세요, 네 말씀하세요.", "안녕하세요, 네, 듣고 있습니다.");
        l.openNone = a("네, {co}입니다. 용건 말씀하세요.", "네, 고객센터요. 무슨 일이시죠?");
        l.custIntro = a("안녕하세요, 저는 {s}입니다. ", "네, 저는 {s}입니다. ");
        l.custHello = a("안녕하세요, ", "네, 수고하십니다. ", "");
        l.agentUseName = a(
                "네, {s} 고객님. {item}를 말씀해 주시겠어요?",
                "{s} 고객님, 확인을 위해 {item}를 알려 주시겠습니까?",
                "불편을 드려 죄송합니다, {s} 고객님. {item} 부탁드립니다.");
        l.agentAskName = a(
                "네, 실례지만 성함이 어떻게 되시나요? {item}도 부탁드립니다.",
                "확인을 위해 성함을 말씀해 주시겠어요? {item}도 알려 주세요.");
        l.agentNoName = a("네, {item}를 말씀해 주시겠어요?", "확인을 위해 {item} 부탁드립니다.");
        l.custGiveName = a("이름은 {s}입니다. {item}는 {num}이에요.", "저는 {s}입니다. {item}는 {num}입니다.");
        l.custDecline = a("이름은 말하고 싶지 않아요. {item}는 {num}이에요.");
        l.custGiveItem = a("{item}는 {num}입니다.", "네, {item}는 {num}이에요.");
        l.confirmNumber = a("확인 차 다시 말씀드리면, {item} {num} 맞으시죠?", "다시 한번 확인하겠습니다. {item}는 {num} 맞으신가요?");
        l.confirmReq = a("다시 한번 확인하겠습니다. {req} 맞으시죠?", "정리해 드리면, {req} 맞으신가요?");
        l.custYes = a("네, 맞아요. 그렇게 해 주세요.", "네, 맞습니다. 부탁드릴게요.");
        l.anythingElse = a("혹시 더 궁금하신 점 있으신가요?", "다른 문의 사항은 없으십니까?", "더 도와드릴 일이 있을까요?");
        l.custNoMore = a("아니요, 없어요. 감사합니다.", "아니요, 그거면 됐어요. 수고하세요.");
        l.custThanks = a("네, 알겠습니다. 감사합니다.", "네, 그럼 연락 기다릴게요.");
        l.closeFull = a("감사합니다. 좋은 하루 되세요. 안녕히 계세요.", "이용해 주셔서 감사합니다. 상담원 {ag}였습니다.", "좋은 하루 보내세요. 통화를 마치겠습니다.");
        l.closeCourtesyOnly = a("이용해 주셔서 감사합니다. 좋은 하루 되세요.");
        l.closeBare = a("네, 알겠습니다. 안녕히 계세요.");
        l.closeNone = a("네, 그럼 그렇게 처리할게요.");
        l.namePrefix = a("{s} 고객님, ");
        l.genericPairs = new String[][]{
                p("잠시만 기다려 주시겠어요? 바로 확인해 드리겠습니다.", "네, 빨리 좀 부탁드려요."),
                p("기다려 주셔서 감사합니다. 확인이 끝났습니다.", "네, 어떻게 됐나요? 해결이 되나요?"),
                p("불편을 드려 정말 죄송합니다. 바로 처리해 드릴게요.", "네, 이번에는 제대로 처리해 주세요.")};
        l.scenarios = new Scenario[]{
                new Scenario("이번 달 휴대폰 요금이 너무 많이 나와서요.", "이번 달 요금이 많이 나온 이유를 확인하시려는 거", "휴대폰 번호", 'k', new String[][]{
                        p("이번 달에 데이터 추가 요금이 삼만 원 나왔습니다.", "데이터를 그렇게 많이 쓴 적이 없는데요."),
                        p("지난 15일에 해외 로밍이 사용된 기록이 있습니다.", "아, 그때 출장 갔었어요. 제가 깜빡했네요."),
                        p("다음 달부터는 데이터 무제한 요금제로 바꾸실 수 있습니다.", "그럼 그걸로 바꿔 주세요.")},
                        "네, 요금제 변경이 접수되었습니다. 문자로 안내해 드릴게요."),
                new Scenario("어제부터 집 인터넷이 계속 끊겨서요.", "집 인터넷 끊김 때문에 기사 방문을 원하시는 거", "고객 번호", 'e', new String[][]{
                        p("모뎀 전원을 껐다가 다시 켜 보시겠어요?", "벌써 몇 번이나 해 봤는데 안 돼요."),
                        p("내일 오전 중으로 기사님이 방문하실 예정입니다.", "오전에는 집에 없는데 오후로 바꿀 수 있나요?"),
                        p("네, 내일 오후 두 시에서 네 시 사이로 변경했습니다.", "좋아요, 그 시간에는 집에 있어요.")},
                        "네, 기사 방문 접수가 완료되었습니다."),
                new Scenario("택배가 아직 안 와서 배송 조회 좀 하려고요.", "늦어지는 택배의 배송 위치를 확인하시려는 거", "운송장 번호", 'e', new String[][]{
                        p("택배는 현재 강남 터미널에서 배송 준비 중입니다.", "오늘 안에는 받을 수 있을까요?"),
                        p("오늘 오후 여섯 시 전에 배송될 예정입니다.", "다행이네요. 문 앞에 놓아 주세요.")},
                        "네, 배송 기사님께 요청 사항을 전달해 드렸습니다."),
                new Scenario("카드 결제가 두 번 된 것 같아서 전화했어요.", "두 번 결제된 카드 대금을 취소하시려는 거", "카드 번호", 'c', new String[][]{
                        p("어제 같은 가맹점에서 오만 원이 두 번 승인되었습니다.", "네, 한 번만 결제했는데 두 번 나갔어요."),
                        p("중복 결제된 금액은 삼 영업일 안에 취소 처리됩니다.", "알겠습니다. 문자로도 알려 주시나요?")},
                        "네, 중복 결제 취소 접수가 완료되었습니다.")};
        return l;
    }

    private static Lang en() {
        Lang l = new Lang();
        l.tag = "en";
        l.msPerChar = 65;
        l.westernOrder = true;
        l.companies = a("Acme", "BlueSky", "Northwind", "Harbor", "Zenith");
        l.agentFamily = a("Lee", "Brooks", "Reed", "Kim", "Hayes", "Ortiz", "Shaw", "Cole");
        l.agentGiven = a("Dana", "Alex", "Jordan", "Chris", "Morgan", "Sam", "Jamie", "Casey");
        l.custFamily = a("Jones", "Smith", "Patel", "Garcia", "Chen", "Brown", "Miller", "Nguyen", "Wilson", "Taylor");
        l.custGivenMale = a("James", "Michael", "David", "Kevin", "Robert");
        l.custGivenFemale = a("Sarah", "Priya", "Emily", "Maria", "Linda");
        l.honMale = "Mr.";
        l.honFemale = "Ms.";
        l.openFull = a(
                "Hi, {co} support, this is {agf}. How can I help?",
                "Thank you for calling {co}. How may I help you?",
                "Good morning, {co} support, how can I help?",
                "Thanks for calling {co}, I'm {agf}. How can I help?");
        l.openGreetingOnly = a("Hello, go ahead, I'm listening.", "Hi there, go ahead please.");
        l.openNone = a("Support line, what's the issue?", "{co}. Yeah, what's going on?");
        l.custIntro = a("Hi, my name is {fn}. ", "Hello, my name is {fn}. ");
        l.custHello = a("Hi, ", "Hello, ", "Hi there. ", "");
        l.agentUseName = a(
                "Thanks, {h} {s}. Can I get your {item}?",
                "Sure, {h} {s}, what's the {item} please?",
                "Sorry about that, {h} {s}. What's your {item}?");
        l.agentAskName = a("Sure. May I have your name and {item}?", "Okay, could I get your name and the {item}?");
        l.agentNoName = a("Okay, what's the {item} please?", "Sure, can you read me the {item}?");
        l.custGiveName = a("My name is {fn}, and it's {num}.", "My last name is {s}, the number is {num}.");
        l.custDecline = a("I'd rather not say. The number is {num}.");
        l.custGiveItem = a("Sure, it's {num}.", "Yeah, the number is {num}.");
        l.confirmNumber = a("Let me read that back: {num}, is that right?", "Just to confirm, that's {num}, correct?");
        l.confirmReq = a("Just to confirm, {req}?", "So you're saying {req}?");
        l.custYes = a("Yes, that's right, thank you.", "Yep, that's exactly it.");
        l.anythingElse = a("Is there anything else I can help with?", "Anything else I can do for you today?");
        l.custNoMore = a("No, that's all. Thanks a lot.", "Nope, that's everything, thanks.");
        l.custThanks = a("Okay, great, thank you.", "Alright, thanks for your help.");
        l.closeFull = a("Thank you for calling, have a great day!", "Thanks for your patience, take care. Goodbye!",
                "Thank you for calling {co}. Bye now!");
        l.closeCourtesyOnly = a("Thank you for your patience today.");
        l.closeBare = a("Okay then, bye bye.");
        l.closeNone = a("Alright, it's all done then.");
        l.namePrefix = a("{h} {s}, ");
        l.genericPairs = new String[][]{
                p("Let me pull up your account, one moment please.", "Sure, take your time, I'll wait."),
                p("Thanks for waiting, I've got your account here.", "Great, so what did you find?"),
                p("I'm sorry about the trouble, let me fix that now.", "Thanks, I appreciate it.")};
        l.scenarios = new Scenario[]{
                new Scenario("My bill went up a lot this month.", "your bill went up this month", "phone number", 'u', new String[][]{
                        p("I see a roaming charge from the 15th for $42.", "Oh, I was traveling that week, I forgot."),
                        p("I can add a travel pass so it won't happen again.", "Yes please, that would be great.")},
                        "Alright, the travel pass is on your account now."),
                new Scenario("My internet is down since last night.", "your internet is down since last night", "account number", 'e', new String[][]{
                        p("There's an outage in your area since 9 pm.", "Do you know when it will be fixed?"),
                        p("A technician can come tomorrow between 8 and 12.", "Tomorrow morning works for me, thanks.")},
                        "Okay, the technician visit is booked for you."),
                new Scenario("My package never showed up.", "your package never arrived", "tracking number", 'e', new String[][]{
                        p("The driver left it at the front desk at 3:15 pm.", "I checked the front desk, it isn't there."),
                        p("I've opened a claim and a refund is on its way.", "How long does the refund usually take?"),
                        p("Refunds post within three to five business days.", "Okay, that's fine, thank you.")},
                        "Alright, the claim is filed under your account."),
                new Scenario("I got charged twice for one order.", "you were charged twice for one order", "order number", 'o', new String[][]{
                        p("I see two charges of $59.90 on the same day.", "Right, I only placed the order once."),
                        p("The second charge will be reversed in a few days.", "Good, will I get an email about it?")},
                        "Done, the duplicate charge is being reversed.")};
        return l;
    }
}
