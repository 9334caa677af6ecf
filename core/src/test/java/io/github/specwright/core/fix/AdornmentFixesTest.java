package io.github.specwright.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.specwright.core.model.Document;
import io.github.specwright.core.model.ParsedDocument;
import io.github.specwright.core.model.Section;
import io.github.specwright.core.model.SourceSpan;
import io.github.specwright.core.model.Title;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trees built by hand, so that these tests do not depend on the parser. */
class AdornmentFixesTest {

    private final List<Change> changes = new ArrayList<>();

    private static ParsedDocument documentWith(Title... titles) {
        Document document = new Document(SourceSpan.UNKNOWN, "t.rst");
        for (Title title : titles) {
            Section section = new Section(title.span(), 1);
            section.addChild(title);
            document.addChild(section);
        }
        return new ParsedDocument("", document, List.of());
    }

    private List<String> fix(ParsedDocument parsed, String... lines) {
        List<String> list = new ArrayList<>(List.of(lines));
        AdornmentFixes.apply(parsed, list, changes);
        return list;
    }

    @Test
    void lengthensAShortUnderline() {
        Title title = new Title(SourceSpan.of(1, 1, 1, 14), "Problem statement", '-', false);
        assertThat(fix(documentWith(title), "Problem statement", "------", "", "Text."))
                .containsExactly("Problem statement", "-----------------", "", "Text.");
        assertThat(changes).extracting(Change::format)
                .containsExactly("line 2: lengthened the underline of \"Problem statement\" to 17 characters");
    }

    @Test
    void leavesLongUnderlinesAlone() {
        Title title = new Title(SourceSpan.of(1, 1, 1, 4), "Abc", '=', false);
        assertThat(fix(documentWith(title), "Abc", "=======")).containsExactly("Abc", "=======");
        assertThat(changes).isEmpty();
    }

    @Test
    void lengthensOverlineAndUnderlineCountingTheInset() {
        Title title = new Title(SourceSpan.of(2, 3, 2, 10), "A title", '=', true);
        assertThat(fix(documentWith(title), "=====", "  A title", "=====", ""))
                .containsExactly("=========", "  A title", "=========", "");
        assertThat(changes).extracting(Change::line).containsExactly(3, 1);
    }

    @Test
    void findsTheTitleWhenTheSpanStartsAtTheOverline() {
        Title title = new Title(SourceSpan.of(1, 1, 3, 6), "Title", '#', true);
        assertThat(fix(documentWith(title), "###", "Title", "####"))
                .containsExactly("#####", "Title", "#####");
    }

    @Test
    void measuresWideCharactersAsTwoColumns() {
        Title title = new Title(SourceSpan.of(1, 1, 1, 3), "\u65e5\u672c", '~', false);
        assertThat(fix(documentWith(title), "\u65e5\u672c", "~~")).containsExactly("\u65e5\u672c", "~~~~");
    }

    @Test
    void touchesNothingWhenTheLinesDoNotMatchTheNode() {
        Title title = new Title(SourceSpan.of(1, 1, 1, 4), "Abc", '=', false);
        assertThat(fix(documentWith(title), "Other", "==")).containsExactly("Other", "==");
        assertThat(changes).isEmpty();
    }
}
