package io.github.specwright.core.site;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks a generated site the way a reader's browser would meet it: every page parses (our output is well-formed
 * XHTML-style HTML5), has the HTML5 skeleton, unique ids and no block element inside a phrasing-only one, and every
 * internal link and image leads to an existing file and, with a fragment, to an existing id.
 */
final class SiteChecker {

    private static final Set<String> BLOCKS = Set.of("div", "p", "pre", "ul", "ol", "dl", "table", "blockquote",
            "section", "nav", "aside", "header", "footer", "main", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "figure", "form", "li");
    private static final Set<String> PHRASING_ONLY = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "span", "a", "em",
            "strong", "code", "cite", "kbd", "abbr", "sup", "sub", "pre", "caption", "mark", "dfn", "button", "label", "title");

    /** What the check found: counts and every problem as {@code page: message}. */
    record Report(int pages, int links, List<String> problems) {
    }

    private SiteChecker() {
    }

    static Report check(Path site) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        Map<Path, org.w3c.dom.Document> pages = new HashMap<>();
        Map<Path, Set<String>> ids = new HashMap<>();
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path file : files) {
            String name = site.relativize(file).toString();
            String text = Files.readString(file);
            if (!text.startsWith("<!DOCTYPE html>\n<html lang=\"en\">")) {
                problems.add(name + ": no HTML5 doctype and html element with a language");
            }
            org.w3c.dom.Document page;
            try {
                page = builder.parse(file.toFile());
            } catch (Exception e) {
                problems.add(name + ": not well-formed: " + e.getMessage());
                continue;
            }
            pages.put(file, page);
            Set<String> pageIds = new HashSet<>();
            structure(name, page.getDocumentElement(), pageIds, problems);
            ids.put(file, pageIds);
            if (page.getElementsByTagName("title").getLength() != 1 || page.getElementsByTagName("body").getLength() != 1) {
                problems.add(name + ": needs exactly one title and one body");
            }
        }
        int links = 0;
        for (Map.Entry<Path, org.w3c.dom.Document> entry : pages.entrySet()) {
            String name = site.relativize(entry.getKey()).toString();
            for (String attribute : List.of("href", "src")) {
                List<Element> elements = new ArrayList<>();
                collect(entry.getValue().getDocumentElement(), attribute, elements);
                for (Element element : elements) {
                    String value = element.getAttribute(attribute);
                    if (isExternal(value) || element.getTagName().equals("form")) {
                        continue;
                    }
                    links++;
                    String problem = resolve(site, entry.getKey(), value, ids);
                    if (problem != null) {
                        problems.add(name + ": " + attribute + "=\"" + value + "\" " + problem);
                    }
                }
            }
        }
        return new Report(pages.size(), links, problems);
    }

    private static boolean isExternal(String uri) {
        return uri.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || uri.startsWith("//");
    }

    private static String resolve(Path site, Path page, String href, Map<Path, Set<String>> ids) {
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? null : URLDecoder.decode(href.substring(hash + 1), StandardCharsets.UTF_8);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Path target = path.isEmpty() ? page : page.getParent().resolve(URI.create("x/" + path).getPath().substring(2)).normalize();
        if (!target.startsWith(site)) {
            return "leaves the site";
        }
        if (!Files.isRegularFile(target)) {
            return "points to a missing file";
        }
        if (fragment != null && !fragment.isEmpty()) {
            Set<String> targetIds = ids.get(target);
            if (targetIds == null || !targetIds.contains(fragment)) {
                return "points to a missing anchor";
            }
        }
        return null;
    }

    private static void structure(String name, Element element, Set<String> ids, List<String> problems) {
        String id = element.getAttribute("id");
        if (!id.isEmpty() && !ids.add(id)) {
            problems.add(name + ": duplicate id '" + id + "'");
        }
        String tag = element.getTagName();
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element childElement) {
                String childTag = childElement.getTagName();
                if (PHRASING_ONLY.contains(tag) && BLOCKS.contains(childTag)) {
                    problems.add(name + ": <" + childTag + "> inside <" + tag + ">");
                }
                if (tag.equals("a") && childTag.equals("a")) {
                    problems.add(name + ": link inside a link");
                }
                if (tag.equals("script") || tag.equals("style")) {
                    problems.add(name + ": element inside <" + tag + ">");
                }
                structure(name, childElement, ids, problems);
            }
        }
        if (tag.equals("script") && !element.getAttribute("src").matches("(\\.\\./)*(search(-index)?|facets|highlight/highlight\\.min|highlight/run)\\.js")) {
            problems.add(name + ": script that is not ours: " + element.getAttribute("src"));
        }
    }

    private static void collect(Element element, String attribute, List<Element> out) {
        if (element.hasAttribute(attribute)) {
            out.add(element);
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                collect(child, attribute, out);
            }
        }
    }

    /** Reads a generated file; for assertions on content. */
    static String read(Path site, String relative) throws IOException {
        return Files.readString(site.resolve(relative));
    }
}
