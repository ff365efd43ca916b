#!/usr/bin/env python3
"""The text a reader sees in each page of a folder, outside its navigation.

`lectern-bench import fidelity` compares what Lectern's import kept of each
page with this text. It is computed here, apart from Lectern's extractor and
with none of its scoring, from the fixed list of navigation below: a page's
text is every text node of its <body> except those inside one of these.

Elements, always:        head script style noscript template svg canvas
                         iframe object embed audio video form button select
                         textarea nav footer
Elements outside content: header aside
                         (content = inside article or section, or an element
                         whose class names one of CONTENT_CLASSES below; an
                         <aside> there is a footnote or a boxed note, a
                         <header> the article's own)
Roles:                   navigation banner contentinfo search, and
                         complementary outside content
Hidden:                  the hidden attribute, aria-hidden="true",
                         style="display:none" or "visibility:hidden"
Class or id tokens:      NAVIGATION_CLASSES below (whole tokens, any case);
                         "sidebar" counts only outside content (DocBook's
                         class="sidebar" is a boxed note in the text)
Bylines:                 BYLINE_CLASSES below (the import moves them into the
                         article's author and date fields)
Furniture headings:      an h1-h6 whose whole text is one of FURNITURE_HEADINGS
                         (any case, without a final colon), with everything
                         after it in the same parent element
Permalink marks:         <a class="headerlink"> (Sphinx's ¶), Wikipedia's
                         [edit] links

Usage: fidelity_reference.py FOLDER > reference.json
Output: {"relative/path.html": {"text": "..."}, ...} for every *.html and
*.htm file under FOLDER; the files are read as UTF-8 unless they declare
another charset in their first 2 KB.
"""

import html.parser
import json
import os
import re
import sys

ALWAYS_SKIPPED = {
    "head", "script", "style", "noscript", "template", "svg", "canvas", "iframe",
    "object", "embed", "audio", "video", "form", "button", "select", "textarea",
    "nav", "footer",
}
SKIPPED_OUTSIDE_CONTENT = {"header", "aside"}
NAVIGATION_ROLES = {"navigation", "banner", "contentinfo", "search"}
NAVIGATION_CLASSES = {
    # DocBook (xsl and publican) and Sphinx navigation
    "navheader", "navfooter", "docnav", "breadcrumb", "breadcrumbs", "related",
    "sphinxsidebar", "sphinxsidebarwrapper", "mobile-nav", "menu-wrapper", "menu",
    "footer", "banner", "inline-search", "searchbox", "headerlink",
    # sites: menus, headers and footers, share buttons, related boxes
    "site-header", "site-footer", "site-nav", "masthead", "navbar", "nav-links",
    "post-navigation", "pagination", "pager", "share", "sharing", "share-buttons",
    "social", "social-links", "related-posts", "related-articles", "recommended",
    "recommended-reading", "widget-area", "widget", "comments", "comment-respond",
    "cookie-banner", "newsletter", "subscribe", "skip-link", "toolbar", "tags-list",
    "header", "nav", "crumbs", "entry-footer", "sharedaddy", "social-share",
    "comments-area", "news__tags", "mw-jump-link", "mw-navigation", "mw-editsection",
    "navbox", "catlinks", "sitesub",
}
BYLINE_CLASSES = {"byline", "entry-meta", "post-meta", "article-meta", "news__meta", "info"}
FURNITURE_HEADINGS = {
    "related articles", "related", "recommended reading", "recommended", "read also",
    "see also", "share this", "recent posts", "more stories", "popular", "comments",
    "相关新闻", "相关文章", "相关阅读", "推荐阅读", "热点推荐", "热门文章",
    "читайте також", "популярне", "схожі статті", "поділитися",
}
CONTENT_CLASSES = {"chapter", "section", "appendix", "preface", "article", "body",
                   "entry-content", "post-content", "article-body", "refentry",
                   "glossary", "index", "part", "book", "simplesect"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr"}
BLOCKS = {"p", "div", "section", "article", "li", "dt", "dd", "tr", "td", "th",
          "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "table", "ul",
          "ol", "dl", "figcaption", "caption", "br", "hr", "main"}


def tokens(value):
    return {t.lower() for t in (value or "").split()}


class ReferenceText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # [tag, skipped, content, rest skipped (after a furniture heading)]
        self.heading = None  # (index in parts, depth) of an open h1-h6
        self.parts = []
        self.in_body = False

    def _skipped(self):
        return bool(self.stack) and (self.stack[-1][1] or self.stack[-1][3])

    def _content(self):
        return bool(self.stack) and self.stack[-1][2]

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "body":
            self.in_body = True
        names = tokens(a.get("class")) | tokens(a.get("id"))
        role = (a.get("role") or "").lower()
        style = (a.get("style") or "").replace(" ", "").lower()
        inside = self._content()
        skip = self._skipped() or tag in ALWAYS_SKIPPED
        skip = skip or (tag in SKIPPED_OUTSIDE_CONTENT and not inside)
        skip = skip or role in NAVIGATION_ROLES or (role == "complementary" and not inside)
        skip = skip or "hidden" in a or (a.get("aria-hidden") or "").lower() == "true"
        skip = skip or "display:none" in style or "visibility:hidden" in style
        skip = skip or bool(names & NAVIGATION_CLASSES)
        skip = skip or ("sidebar" in names and not inside)
        skip = skip or bool(names & BYLINE_CLASSES)
        content = inside or tag in {"article", "section"}
        content = content or bool(names & CONTENT_CLASSES)
        if tag in BLOCKS and not skip:
            self.parts.append("\n")
        if tag in VOID:
            return
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"} and not skip:
            self.heading = (len(self.parts), len(self.stack))
        self.stack.append([tag, skip, content, False])

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        # Close up to the matching open element (tolerates unclosed <p>, <li>).
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                if self.heading and self.heading[1] == i:
                    start = self.heading[0]
                    label = re.sub(r"\s+", " ", "".join(self.parts[start:])).strip()
                    if label.rstrip(":：").strip().lower() in FURNITURE_HEADINGS:
                        del self.parts[start:]
                        if i > 0:
                            self.stack[i - 1][3] = True
                    self.heading = None
                del self.stack[i:]
                break
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_body and not self._skipped():
            self.parts.append(data)

    def text(self):
        joined = "".join(self.parts)
        lines = (re.sub(r"\s+", " ", line).strip() for line in joined.split("\n"))
        return "\n".join(line for line in lines if line)


def decode(raw):
    head = raw[:2048].decode("latin-1").lower()
    match = re.search(r'charset=["\']?([a-z0-9_\-]+)', head)
    for name in ([match.group(1)] if match else []) + ["utf-8"]:
        try:
            return raw.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", errors="replace")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = sys.argv[1]
    pages = {}
    for folder, _, files in os.walk(root):
        for name in files:
            if not name.lower().endswith((".html", ".htm")):
                continue
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                raw = f.read()
            parser = ReferenceText()
            parser.feed(decode(raw))
            parser.close()
            pages[os.path.relpath(path, root)] = {"text": parser.text()}
    json.dump(pages, sys.stdout, ensure_ascii=False, sort_keys=True)


if __name__ == "__main__":
    main()
