package io.github.specwright.core.model;

/**
 * Visits document nodes. Every method defaults to {@link #visitNode}, so a visitor overrides only
 * the constructs it cares about (renderers override them all).
 *
 * @param <R> what each visit returns; use {@link Void} and return null for side-effect visitors
 */
public interface NodeVisitor<R> {

    /** The fallback for every node kind not overridden. */
    R visitNode(Node node);

    default R visitDocument(Document node) {
        return visitNode(node);
    }

    default R visitSection(Section node) {
        return visitNode(node);
    }

    default R visitTitle(Title node) {
        return visitNode(node);
    }

    default R visitSubtitle(Subtitle node) {
        return visitNode(node);
    }

    default R visitParagraph(Paragraph node) {
        return visitNode(node);
    }

    default R visitBulletList(BulletList node) {
        return visitNode(node);
    }

    default R visitEnumeratedList(EnumeratedList node) {
        return visitNode(node);
    }

    default R visitListItem(ListItem node) {
        return visitNode(node);
    }

    default R visitDefinitionList(DefinitionList node) {
        return visitNode(node);
    }

    default R visitDefinitionListItem(DefinitionListItem node) {
        return visitNode(node);
    }

    default R visitTerm(Term node) {
        return visitNode(node);
    }

    default R visitClassifier(Classifier node) {
        return visitNode(node);
    }

    default R visitDefinition(Definition node) {
        return visitNode(node);
    }

    default R visitFieldList(FieldList node) {
        return visitNode(node);
    }

    default R visitField(Field node) {
        return visitNode(node);
    }

    default R visitFieldName(FieldName node) {
        return visitNode(node);
    }

    default R visitFieldBody(FieldBody node) {
        return visitNode(node);
    }

    default R visitOptionList(OptionList node) {
        return visitNode(node);
    }

    default R visitOptionListItem(OptionListItem node) {
        return visitNode(node);
    }

    default R visitLiteralBlock(LiteralBlock node) {
        return visitNode(node);
    }

    default R visitDoctestBlock(DoctestBlock node) {
        return visitNode(node);
    }

    default R visitBlockQuote(BlockQuote node) {
        return visitNode(node);
    }

    default R visitAttribution(Attribution node) {
        return visitNode(node);
    }

    default R visitLineBlock(LineBlock node) {
        return visitNode(node);
    }

    default R visitLine(Line node) {
        return visitNode(node);
    }

    default R visitTable(Table node) {
        return visitNode(node);
    }

    default R visitTableRow(TableRow node) {
        return visitNode(node);
    }

    default R visitTableCell(TableCell node) {
        return visitNode(node);
    }

    default R visitComment(Comment node) {
        return visitNode(node);
    }

    default R visitDirective(Directive node) {
        return visitNode(node);
    }

    default R visitTarget(Target node) {
        return visitNode(node);
    }

    default R visitSubstitutionDefinition(SubstitutionDefinition node) {
        return visitNode(node);
    }

    default R visitFootnote(Footnote node) {
        return visitNode(node);
    }

    default R visitCitation(Citation node) {
        return visitNode(node);
    }

    default R visitLineBreak(LineBreak node) {
        return visitNode(node);
    }

    default R visitTransition(Transition node) {
        return visitNode(node);
    }

    default R visitText(Text node) {
        return visitNode(node);
    }

    default R visitEmphasis(Emphasis node) {
        return visitNode(node);
    }

    default R visitStrikethrough(Strikethrough node) {
        return visitNode(node);
    }

    default R visitStrong(Strong node) {
        return visitNode(node);
    }

    default R visitParsedLiteral(ParsedLiteral node) {
        return visitNode(node);
    }

    default R visitProblematic(Problematic node) {
        return visitNode(node);
    }

    default R visitInlineLiteral(InlineLiteral node) {
        return visitNode(node);
    }

    default R visitInterpretedText(InterpretedText node) {
        return visitNode(node);
    }

    default R visitReference(Reference node) {
        return visitNode(node);
    }

    default R visitFootnoteReference(FootnoteReference node) {
        return visitNode(node);
    }

    default R visitCitationReference(CitationReference node) {
        return visitNode(node);
    }

    default R visitSubstitutionReference(SubstitutionReference node) {
        return visitNode(node);
    }

    default R visitInlineTarget(InlineTarget node) {
        return visitNode(node);
    }

    default R visitFrontMatter(FrontMatter node) {
        return visitNode(node);
    }
}
