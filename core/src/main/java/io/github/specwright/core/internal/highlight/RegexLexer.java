package io.github.specwright.core.internal.highlight;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A state machine of regular expressions, the way Pygments' RegexLexer reads code: in the current state the
 * first rule whose expression matches at the current position gives the token (or one token per group) and may
 * push or pop states; where no rule matches, a line end resets the machine to its root state and any other
 * character is an error token. Expressions follow Python's: {@code ^}, {@code $} and {@code .} know only
 * {@code \n}, and the character classes are Unicode's.
 */
final class RegexLexer {

    /** Python's re semantics as far as the lexers use them. */
    private static final int FLAGS = Pattern.MULTILINE | Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS;

    /** A group type that reads the group's text with this same lexer, from its root state (Pygments' using(this)). */
    static final String SAME_LEXER = "@this";

    /** What a matching rule gives: one token type for the whole match, or one per group (null: no token). */
    record Action(String type, List<String> groupTypes) {
        static Action of(String type) {
            return new Action(type, null);
        }

        static Action groups(String... types) {
            return new Action(null, java.util.Arrays.asList(types));
        }
    }

    /** One rule: an expression, its action, and the states it pushes ({@code #pop} pops one). */
    record Rule(Pattern pattern, Action action, List<String> transition) {
    }

    /** A token: its dotted Pygments type (e.g. {@code Name.Builtin}) and its text. */
    record Token(String type, String text) {
    }

    private final Map<String, List<Rule>> states = new LinkedHashMap<>();
    private String defining;

    /** Starts the rules of a state; {@link #rule} and {@link #include} add to it, in order. */
    RegexLexer state(String name) {
        defining = name;
        states.computeIfAbsent(name, k -> new ArrayList<>());
        return this;
    }

    RegexLexer rule(String regex, Action action, String... transition) {
        states.get(defining).add(new Rule(Pattern.compile(regex, FLAGS), action, List.of(transition)));
        return this;
    }

    RegexLexer rule(String regex, String type, String... transition) {
        return rule(regex, Action.of(type), transition);
    }

    /** A rule that matches nothing and only changes state (Pygments' default()). */
    RegexLexer otherwise(String... transition) {
        return rule("", (Action) null, transition);
    }

    /** The rules of another state, as they are when this is called (define included states first). */
    RegexLexer include(String name) {
        states.get(defining).addAll(states.get(name));
        return this;
    }

    /** A state made of other states' rules in order (Pygments' combined()), defined once under its joined name. */
    String combined(String... names) {
        String name = String.join("+", names);
        if (!states.containsKey(name)) {
            String previous = defining;
            state(name);
            for (String included : names) {
                include(included);
            }
            defining = previous;
        }
        return name;
    }

    /** {@code (?:w1|w2|...)} longest first, between a prefix and a suffix (Pygments' words()). */
    static String words(String prefix, String suffix, String... words) {
        List<String> sorted = new ArrayList<>(List.of(words));
        sorted.sort((a, b) -> b.length() - a.length());
        StringBuilder out = new StringBuilder(prefix).append("(?:");
        for (int i = 0; i < sorted.size(); i++) {
            out.append(i > 0 ? "|" : "").append(Pattern.quote(sorted.get(i)));
        }
        return out.append(')').append(suffix).toString();
    }

    /** Thrown when reading a text costs more than its budget (a rule that backtracks over the whole text). */
    static final class TooCostly extends RuntimeException {
        TooCostly() {
            super("the code is too costly to tokenize", null, false, false);
        }
    }

    /**
     * The text as the expressions read it, counting the characters they look at: a lexer that would read each
     * character more than {@link #READS_PER_CHARACTER} times on average (an unterminated here-document scanned
     * again from every line) stops instead of running for minutes.
     */
    private static final class CountedText implements CharSequence {
        private final String text;
        private long budget;

        CountedText(String text, long budget) {
            this.text = text;
            this.budget = budget;
        }

        @Override
        public char charAt(int index) {
            if (--budget < 0) {
                throw new TooCostly();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    static final int READS_PER_CHARACTER = 400;

    /** The tokens of {@code text}, read from the root state; {@link TooCostly} when it costs too much. */
    List<Token> tokens(String text) {
        return tokens(new CountedText(text, (long) READS_PER_CHARACTER * text.length() + 1_000_000));
    }

    private List<Token> tokens(CountedText counted) {
        String text = counted.text;
        List<Token> out = new ArrayList<>();
        Deque<String> stack = new ArrayDeque<>();
        stack.push("root");
        // One matcher per rule of each state met, made on first use and reset for each position: a region from the
        // position to the end, its bounds transparent (lookbehind sees the text before the position) and not
        // anchoring (^ and $ match only at line ends, not at the region's start).
        Map<String, Matcher[]> matchers = new HashMap<>();
        int pos = 0;
        int length = text.length();
        int stalls = 0;
        while (pos < length) {
            boolean matched = false;
            String state = stack.peek();
            List<Rule> rules = states.get(state);
            Matcher[] stateMatchers = matchers.computeIfAbsent(state, k -> new Matcher[rules.size()]);
            for (int r = 0; r < rules.size(); r++) {
                Rule rule = rules.get(r);
                Matcher m = stateMatchers[r];
                if (m == null) {
                    m = rule.pattern().matcher(counted).useTransparentBounds(true).useAnchoringBounds(false);
                    stateMatchers[r] = m;
                }
                m.region(pos, length); // resets the matcher; the bounds' settings stay
                if (!m.lookingAt()) {
                    continue;
                }
                emit(rule.action(), m, out);
                // A rule that matched nothing and changed no state would loop: Pygments' rules never do, but
                // a state change that consumes nothing is allowed only a bounded number of times in a row.
                stalls = m.end() == pos ? stalls + 1 : 0;
                pos = m.end();
                for (String next : rule.transition()) {
                    if (next.equals("#pop")) {
                        if (stack.size() > 1) {
                            stack.pop();
                        }
                    } else {
                        stack.push(next);
                    }
                }
                matched = stalls < 64;
                break;
            }
            if (!matched) {
                stalls = 0;
                char c = text.charAt(pos);
                if (c == '\n') {
                    stack.clear();
                    stack.push("root");
                    out.add(new Token("Text.Whitespace", "\n"));
                } else {
                    out.add(new Token("Error", String.valueOf(c)));
                }
                pos++;
            }
        }
        return out;
    }

    private void emit(Action action, Matcher m, List<Token> out) {
        if (action == null) {
            return;
        }
        if (action.type() != null) {
            if (m.end() > m.start()) {
                out.add(new Token(action.type(), m.group()));
            }
            return;
        }
        for (int g = 0; g < action.groupTypes().size(); g++) {
            String type = action.groupTypes().get(g);
            String group = m.group(g + 1);
            if (SAME_LEXER.equals(type) && group != null) {
                out.addAll(tokens(new CountedText(group, (long) READS_PER_CHARACTER * group.length() + 1_000_000)));
            } else if (type != null && group != null && !group.isEmpty()) {
                out.add(new Token(type, group));
            }
        }
    }
}
