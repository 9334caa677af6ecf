package io.github.specwright.core.site;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import java.util.Set;

/**
 * Test reference: flexmark's HTML renderer corrected where it renders by an older rule than
 * CommonMark 0.29 on and GitHub, and nothing else. A code span's text is written as it is (line
 * ends as spaces, one space taken from each end when both ends have one; flexmark collapses runs of
 * spaces and trims), and no paragraph of a tight list item gets {@code <p>} (flexmark leaves only
 * the first one bare). Written from the CommonMark specification, independently of the site.
 */
final class CommonMarkCorrections implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Code.class, (code, context, html) -> {
                    String text = code.getText().toString().replaceAll("\n[ \t]*", " ");
                    if (text.length() >= 2 && text.startsWith(" ") && text.endsWith(" ") && !text.isBlank()) {
                        text = text.substring(1, text.length() - 1);
                    }
                    html.withAttr().tag("code");
                    html.text(text);
                    html.tag("/code");
                }),
                new NodeRenderingHandler<>(Paragraph.class, (paragraph, context, html) -> {
                    if (paragraph.getParent() instanceof ListItem item && item.isInTightList()) {
                        context.renderChildren(paragraph);
                    } else {
                        context.delegateRender();
                    }
                }));
    }
}
