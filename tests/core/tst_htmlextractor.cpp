// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/htmlextractor.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

namespace {

// Generous: a linear pass takes milliseconds, a quadratic one minutes.
constexpr qint64 FastEnoughMs = 3000;

void addTextColumns()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
}

// Stored text must be clean: no markup line endings or controls, no broken surrogate pairs, no
// blank lines beyond the single paragraph separator, nothing at either end.
QString textProblem(const QString &text)
{
    if (text.contains(u"\n\n\n"_s)) {
        return u"more than one blank line"_s;
    }
    if (!text.isEmpty() && (text.front() == u' ' || text.front() == u'\n' || text.back() == u' ' || text.back() == u'\n')) {
        return u"whitespace at an end"_s;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if ((c.unicode() < 0x20 && c != u'\n' && c != u'\t') || c == QChar(0x7F)) {
            return u"control character U+%1"_s.arg(c.unicode(), 4, 16, QChar(u'0'));
        }
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
        } else if (c.isSurrogate()) {
            return u"lone surrogate"_s;
        }
    }
    return {};
}

// Two kinds of soup. With entities: anything goes. Without: every '<' opens some markup (a tag,
// an end tag, a comment, a doctype), so none may survive into the text.
QString randomSoup(QRandomGenerator &random, bool withEntities)
{
    static const QString tagAlphabet = u">>\"'=/!-? \n\tabcdpivtrshBDIVP"_s;
    static const QString afterLessThan = u"abpdivsBPDIV/!?"_s;
    static const QString entityAlphabet = u"<>&&&#;xX\"' \nabltgmpqunsoe0123456789"_s;
    static const QStringList tagPieces = {
        u"<p>"_s,     u"</p>"_s,      u"<div "_s,     u"</div>"_s,   u"<script>"_s, u"</script>"_s,
        u"<!--"_s,    u"-->"_s,       u"<pre>"_s,     u"</pre>"_s,   u"<br>"_s,     u"<nav>"_s,
        u"<article>"_s, u"</article>"_s, u"<svg/>"_s, u"<title>"_s,  u"<h1>"_s,     u"</h1>"_s,
        u"<td>"_s,    u"<!DOCTYPE "_s, u"<style>"_s,  u"</STYLE>"_s, u"<textarea>"_s, u"<svg>"_s,
        u"</svg>"_s,  u"<head>"_s,    u"<body>"_s,    u"<form>"_s,   u"</form>"_s};
    static const QStringList entityPieces = {u"&amp;"_s,  u"&lt;"_s,      u"&#x1F600;"_s, u"&#0;"_s,
                                             u"&#xD800;"_s, u"&#55357;"_s, u"&#150;"_s,    u"&nbsp"_s,
                                             u"<![CDATA["_s, u"]]>"_s,     u"&#x110000;"_s, u"&shy;"_s,
                                             u"<p>"_s,    u"<pre>"_s,     u"</pre>"_s,    u"<br>"_s};
    const QString &alphabet = withEntities ? entityAlphabet : tagAlphabet;
    const QStringList &pieces = withEntities ? entityPieces : tagPieces;
    QString soup;
    const int length = random.bounded(1, 400);
    for (int i = 0; i < length; ++i) {
        const int pick = random.bounded(8);
        if (pick == 0) {
            soup += pieces.at(random.bounded(int(pieces.size())));
        } else if (pick == 1 && !withEntities) {
            soup += u'<';
            soup += afterLessThan.at(random.bounded(int(afterLessThan.size())));
        } else {
            soup += alphabet.at(random.bounded(int(alphabet.size())));
        }
    }
    soup += u'.'; // a "</" at the very end is text, not markup
    return soup;
}

// Built from plain literals: moc misreads long raw strings.
QString newsPage()
{
    return u"<!DOCTYPE html>\n"
           u"<html lang=\"en\">\n"
           u"<head>\n"
           u"  <meta charset=\"utf-8\">\n"
           u"  <title>Council approves new bridge | The Riverside Gazette</title>\n"
           u"  <meta property=\"og:title\" content=\"Council approves new bridge after years of debate\">\n"
           u"  <meta property=\"og:url\" content=\"https://gazette.example/news/2024/03/bridge?utm_source=share\">\n"
           u"  <link rel=\"stylesheet\" href=\"/css/site.css\">\n"
           u"  <link rel=\"canonical\" href=\"https://gazette.example/news/2024/03/bridge\">\n"
           u"  <style>.ad { display: block; } body > nav a { color: #333; }</style>\n"
           u"  <script async src=\"https://ads.example/tag.js\"></script>\n"
           u"  <script type=\"application/ld+json\">\n"
           u"  {\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\",\n"
           u"   \"headline\": \"Council approves new bridge\",\n"
           u"   \"datePublished\": \"2024-03-05T09:30:00+01:00\",\n"
           u"   \"author\": {\"@type\": \"Person\", \"name\": \"Jane Doe\"}}\n"
           u"  </script>\n"
           u"</head>\n"
           u"<body class=\"article-page\">\n"
           u"  <header class=\"site-header\">\n"
           u"    <a href=\"/\" class=\"logo\">The Riverside Gazette</a>\n"
           u"    <nav><ul><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav>\n"
           u"    <form class=\"search\" action=\"/search\"><input name=\"q\" placeholder=\"Search\"><button>Go</button></form>\n"
           u"  </header>\n"
           u"  <div class=\"ad ad-leaderboard\"><span>Advertisement</span><div id=\"gpt-top\"></div></div>\n"
           u"  <main>\n"
           u"    <article class=\"story\">\n"
           u"      <header>\n"
           u"        <p class=\"kicker\">Local</p>\n"
           u"        <h1>Council approves new&nbsp;bridge</h1>\n"
           u"        <p class=\"byline\">By <a href=\"/staff/jane\">Jane Doe</a> &middot;\n"
           u"          <time datetime=\"2024-03-05T09:30:00+01:00\">5 March 2024</time></p>\n"
           u"      </header>\n"
           u"      <figure><img src=\"bridge.jpg\" alt=\"The old bridge\"><figcaption>The old bridge, closed since 2019.</figcaption></figure>\n"
           u"      <p>The city council voted 7&ndash;2 on Tuesday to build a new bridge over the\n"
           u"         Riverside, ending a debate that has lasted almost a decade.</p>\n"
           u"      <div class=\"ad-inline\"><script>googletag.cmd.push(function () { googletag.display(\"gpt-inline\"); });</script>Advertisement</div>\n"
           u"      <p>&ldquo;This is a good day for the town,&rdquo; said Mayor Ana Ruiz. &ldquo;People have waited long enough.&rdquo;</p>\n"
           u"      <h2>What happens next</h2>\n"
           u"      <p>Construction is expected to start in the autumn and to cost &euro;12&nbsp;million.<br>\n"
           u"         Work on the approach roads begins first.</p>\n"
           u"      <ul>\n"
           u"        <li>Tenders: April</li>\n"
           u"        <li>Start of works: September</li>\n"
           u"      </ul>\n"
           u"      <aside class=\"related\"><h3>Related</h3><ul><li><a href=\"/x\">Old bridge closed</a></li></ul></aside>\n"
           u"      <div class=\"share\"><button>Share</button><button>Post</button></div>\n"
           u"    </article>\n"
           u"  </main>\n"
           u"  <aside class=\"sidebar\"><h2>Most read</h2><ol><li>Something else</li></ol></aside>\n"
           u"  <footer><p>&copy; 2024 The Riverside Gazette</p><nav><a href=\"/about\">About</a></nav></footer>\n"
           u"  <script>window.dataLayer = window.dataLayer || []; if (a < b) { document.write(\"<p>tracking</p>\"); }</script>\n"
           u"</body>\n"
           u"</html>\n"_s;
}

} // namespace

class TestHtmlExtractor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data()
    {
        addTextColumns();
        QTest::newRow("paragraphs") << u"<p>One</p><p>Two</p>"_s << u"One\n\nTwo"_s;
        QTest::newRow("whitespace collapsed") << u"<p>  Hello \n\t world  </p>\n\n<p>\nNext </p>"_s << u"Hello world\n\nNext"_s;
        QTest::newRow("inline elements") << u"<p>A <b>bold</b> and <i>it</i><span>alic</span>.</p>"_s << u"A bold and italic."_s;
        QTest::newRow("nested blocks") << u"<div><div><p>a</p></div></div>\n<div>b</div>"_s << u"a\n\nb"_s;
        QTest::newRow("headings and lists") << u"<h2>Head</h2><ul><li>one</li><li>two</li></ul>"_s << u"Head\n\none\n\ntwo"_s;
        QTest::newRow("blocks of every kind")
            << u"<section>a</section><blockquote>b</blockquote><dl><dt>c</dt><dd>d</dd></dl>e<hr>f<main>g</main>"_s
            << u"a\n\nb\n\nc\n\nd\n\ne\n\nf\n\ng"_s;
        QTest::newRow("br") << u"<p>line one<br>line two<br/>three</BR></p>"_s << u"line one\nline two\nthree"_s;
        QTest::newRow("br drops surrounding spaces") << u"<p>a <br> b</p>"_s << u"a\nb"_s;
        QTest::newRow("two br make a paragraph") << u"a<br><br>b<br> <br/>c"_s << u"a\n\nb\n\nc"_s;
        QTest::newRow("pre keeps lines") << u"<p>x</p><pre>\nint main()\n{\n    return 0;  \n}\n</pre><p>y</p>"_s
                                         << u"x\n\nint main()\n{\n    return 0;\n}\n\ny"_s;
        QTest::newRow("pre blank lines") << u"<pre>a\r\n\r\n\n\nb</pre>"_s << u"a\n\nb"_s;
        QTest::newRow("pre with markup") << u"<pre><code>if (a &lt; b)\n  <b>c</b>();</code></pre>"_s << u"if (a < b)\n  c();"_s;
        QTest::newRow("table cells") << u"<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>"_s << u"a b\n\nc"_s;
        QTest::newRow("plain text") << u"Just   text"_s << u"Just text"_s;
        QTest::newRow("empty") << u""_s << u""_s;
        QTest::newRow("only empty blocks") << u"<div> \n <p> </p> </div>"_s << u""_s;
        QTest::newRow("unclosed tags") << u"<p>one<p>two<div>three<li>four"_s << u"one\n\ntwo\n\nthree\n\nfour"_s;
        QTest::newRow("stray end tags") << u"a</p>b</span>c</div>"_s << u"a\n\nbc"_s;
        QTest::newRow("unquoted attributes") << u"<p class=lead id=x>Lead</p><a href=/x/y/>link</a>"_s << u"Lead\n\nlink"_s;
        QTest::newRow("quoted > in attributes") << u"<p title=\"a > b\" data-x='c > d'>text</p>"_s << u"text"_s;
        QTest::newRow("attribute without value") << u"<p hidden-not contenteditable>text</p>"_s << u"text"_s;
        QTest::newRow("unclosed quote ends at >") << u"<p><a href=\"x>link</a> rest</p>"_s << u"link rest"_s;
        QTest::newRow("uppercase") << u"<P>One</P><DIV>Two<BR>Three</DIV><SCRIPT>x()</SCRIPT>"_s << u"One\n\nTwo\nThree"_s;
        QTest::newRow("mixed case raw end") << u"<Script>a</sCrIpT >Text"_s << u"Text"_s;
        QTest::newRow("stray less-than") << u"<p>a < b, c <= d, 3<4 and <3 </ x</p>"_s << u"a < b, c <= d, 3<4 and <3"_s;
        QTest::newRow("comments") << u"<p>a<!-- hidden <p>x</p> -->b</p><!---->c<!-->d<!--->e"_s << u"ab\n\ncde"_s;
        QTest::newRow("unterminated comment") << u"<p>a</p><!-- oops > <p>b</p>"_s << u"a\n\nb"_s;
        QTest::newRow("cdata") << u"<p><![CDATA[x < y & z]]></p>"_s << u"x < y & z"_s;
        QTest::newRow("doctype and processing instruction")
            << u"<?xml version=\"1.0\"?><!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\"><p>t</p>"_s << u"t"_s;
        QTest::newRow("tag cut off at end") << u"<p>text</p><a href=\"x"_s << u"text"_s;
        QTest::newRow("end tag with attributes") << u"<p>a</p class=\"x\">b"_s << u"a\n\nb"_s;
        QTest::newRow("empty end tag") << u"a</>b"_s << u"ab"_s;
        QTest::newRow("soft hyphen and controls") << u"<p>Zeitungs&shy;artikel\u0001</p>"_s << u"Zeitungsartikel"_s;
        QTest::newRow("nbsp collapses") << u"<p>a&nbsp;&nbsp; b\u00A0c</p>"_s << u"a b c"_s;
        QTest::newRow("hidden attribute") << u"<p>a</p><div hidden>b</div>"_s << u"a"_s;
        QTest::newRow("advertisement") << u"<p>a</p><div class=\"slot ad-slot\">Advertisement</div><div id=ads>x</div><p>b</p>"_s
                                       << u"a\n\nb"_s;
        QTest::newRow("not an advertisement") << u"<p class=\"lead headline\">a</p><div class=\"read\">b</div>"_s << u"a\n\nb"_s;
        QTest::newRow("navigation role") << u"<div role=\"navigation\">Menu</div><p>x</p>"_s << u"x"_s;
        QTest::newRow("head dropped") << u"<head><meta charset=utf-8><title>T</title></head><p>Body</p>"_s << u"Body"_s;
        QTest::newRow("unclosed head") << u"<html><head><title>T</title><p>Body"_s << u"Body"_s;
        QTest::newRow("template in head") << u"<head><template><div>x</div></template></head><p>Body</p>"_s << u"Body"_s;
        QTest::newRow("cdata in dropped content") << u"<nav><![CDATA[menu]]></nav>a"_s << u"a"_s;
        QTest::newRow("page-wrapping form kept")
            << u"<body><form action=x><p>Story</p><div><form>Search <select><option>a</select></form></div></form></body>"_s
            << u"Story"_s;
        QTest::newRow("self-closing svg") << u"<p>a<svg/>b</p><svg><title>Icon</title><path d=\"M0\"/>x</svg>"_s << u"ab"_s;
        QTest::newRow("text after body") << u"<body><p>a</p></body>b"_s << u"a\n\nb"_s;
    }

    void text()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        const QString actual = HtmlExtractor::extract(html).text;
        QCOMPARE(actual, text);
        QVERIFY2(textProblem(actual).isEmpty(), qPrintable(textProblem(actual)));
    }

    void droppedElements_data()
    {
        QTest::addColumn<QString>("element");
        for (const QString &element :
             {u"script"_s, u"style"_s, u"noscript"_s, u"template"_s, u"svg"_s, u"iframe"_s, u"object"_s,
              u"canvas"_s, u"select"_s, u"button"_s, u"nav"_s, u"footer"_s, u"aside"_s, u"form"_s,
              u"textarea"_s, u"video"_s, u"NAV"_s}) {
            QTest::addRow("%s", qPrintable(element)) << element;
        }
    }

    void droppedElements()
    {
        QFETCH(QString, element);
        const QString html = u"<div><p>before</p><%1 class=x>dropped <b>text</b> <p>and more</p></%1><p>after</p></div>"_s.arg(element);
        QCOMPARE(HtmlExtractor::extract(html).text, u"before\n\nafter"_s);
    }

    void scripts_data()
    {
        addTextColumns();
        QTest::newRow("markup in a js string")
            << u"<div><p>Before</p><script>var s = \"</div><p>fake</p>\"; if (a < b && c > d) {}</script><p>After</p></div>"_s
            << u"Before\n\nAfter"_s;
        QTest::newRow("comment in script") << u"<script><!-- document.write('<p>x</p>') //--></script><p>y</p>"_s << u"y"_s;
        QTest::newRow("style") << u"<style>p > a { content: \"</p>\"; }</style><p>Text</p>"_s << u"Text"_s;
        QTest::newRow("script with attributes") << u"<script type=\"module\" src='a.js'></script>Text"_s << u"Text"_s;
        QTest::newRow("similar end tag") << u"<script>a = '</scripts>';</script>Text"_s << u"Text"_s;
        QTest::newRow("unclosed script") << u"<p>a</p><script>never closed <p>b</p>"_s << u"a"_s;
        QTest::newRow("noscript") << u"<noscript><p>Enable JavaScript</p></noscript><p>a</p>"_s << u"a"_s;
        QTest::newRow("textarea markup") << u"<textarea><p>x</p></textarea>a"_s << u"a"_s;
    }

    void scripts()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(HtmlExtractor::extract(html).text, text);
    }

    void onlyScript()
    {
        const HtmlArticle article = HtmlExtractor::extract(u"<script>document.body.innerHTML = '<p>Hello</p>';</script>"_s);
        QVERIFY(article.text.isEmpty());
        QVERIFY(article.title.isEmpty());
        QVERIFY(article.published.isEmpty());
        QVERIFY(article.url.isEmpty());
    }

    void entities_data()
    {
        addTextColumns();
        QTest::newRow("amp") << u"AT&amp;T"_s << u"AT&T"_s;
        QTest::newRow("bare ampersand") << u"AT&T & co"_s << u"AT&T & co"_s;
        QTest::newRow("lt gt not markup") << u"&lt;p&gt;not a tag&lt;/p&gt;"_s << u"<p>not a tag</p>"_s;
        QTest::newRow("double escaped") << u"&amp;lt;"_s << u"&lt;"_s;
        QTest::newRow("quotes") << u"&quot;a&quot; &apos;b&apos;"_s << u"\"a\" 'b'"_s;
        QTest::newRow("decimal") << u"it&#8217;s"_s << u"it’s"_s;
        QTest::newRow("hex") << u"it&#x2019;s &#X2019;"_s << u"it’s ’"_s;
        QTest::newRow("no semicolon numeric") << u"&#65&#x42 c"_s << u"AB c"_s;
        QTest::newRow("astral") << u"&#x1F600;&#128512;"_s << u"😀😀"_s;
        QTest::newRow("windows-1252 range") << u"&#147;a&#148; &#150; &#128;"_s << u"“a” – €"_s;
        QTest::newRow("zero") << u"a&#0;b"_s << u"a\uFFFDb"_s;
        QTest::newRow("surrogate") << u"a&#xD800;b&#56320;c"_s << u"a\uFFFDb\uFFFDc"_s;
        QTest::newRow("too large") << u"a&#x110000;b&#99999999999999;c"_s << u"a\uFFFDb\uFFFDc"_s;
        QTest::newRow("no digits") << u"&#; &#x; &#xg;"_s << u"&#; &#x; &#xg;"_s;
        QTest::newRow("dashes") << u"a&ndash;b&mdash;c"_s << u"a–b—c"_s;
        QTest::newRow("curly quotes") << u"&lsquo;a&rsquo; &ldquo;b&rdquo; &sbquo;&bdquo;"_s << u"‘a’ “b” ‚„"_s;
        QTest::newRow("symbols") << u"&hellip; &copy; &reg; &trade; &euro; &pound; &middot; &deg; &times;"_s
                                 << u"… © ® ™ € £ · ° ×"_s;
        QTest::newRow("accents") << u"&eacute;&egrave;&agrave;&Eacute;&ccedil;&ntilde;&ecirc;&oslash;&aring;"_s
                                 << u"éèàÉçñêøå"_s;
        QTest::newRow("umlauts") << u"&uuml;&ouml;&auml;&Uuml;&Ouml;&Auml;&szlig;&yuml;"_s << u"üöäÜÖÄßÿ"_s;
        QTest::newRow("latin-1 ends") << u"&iexcl;&frac12;&THORN;&thorn;"_s << u"¡½Þþ"_s;
        QTest::newRow("nbsp is a space") << u"a&nbsp;b"_s << u"a b"_s;
        QTest::newRow("unknown kept") << u"&unknown; &Amp; &foo"_s << u"&unknown; &Amp; &foo"_s;
        QTest::newRow("legacy without semicolon") << u"a &amp b &lt c&nbsp;d"_s << u"a & b < c d"_s;
        QTest::newRow("other names need a semicolon") << u"&copy 2024"_s << u"&copy 2024"_s;
        QTest::newRow("entity in attribute and text") << u"<a title=\"&amp;\">&gt;</a>"_s << u">"_s;
    }

    void entities()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(HtmlExtractor::extract(u"<p>"_s + html + u"</p>"_s).text, text);
    }

    void title_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("title");
        QTest::newRow("og:title property")
            << u"<head><title>T</title><meta property=\"og:title\" content=\" OG &amp;  Title \"></head><h1>H</h1>"_s
            << u"OG & Title"_s;
        QTest::newRow("og:title name") << u"<meta name=\"og:title\" content=\"Named\"><h1>H</h1>"_s << u"Named"_s;
        QTest::newRow("uppercase meta") << u"<META PROPERTY=OG:TITLE CONTENT=Shout><h1>H</h1>"_s << u"Shout"_s;
        QTest::newRow("h1 over title") << u"<title>Site | Story</title><h1>  The <em>Story</em>\n headline </h1>"_s
                                       << u"The Story headline"_s;
        QTest::newRow("h1 with br") << u"<h1>Two<br>lines</h1>"_s << u"Two lines"_s;
        QTest::newRow("first h1") << u"<h1>First</h1><h1>Second</h1>"_s << u"First"_s;
        QTest::newRow("empty h1 skipped") << u"<title>T</title><h1><img src=logo.png></h1><h1>Real</h1>"_s << u"Real"_s;
        QTest::newRow("h1 in nav ignored") << u"<nav><h1>Site</h1></nav><title>T</title>"_s << u"T"_s;
        QTest::newRow("title") << u"<title> Only &ndash;\n title </title><p>x</p>"_s << u"Only – title"_s;
        QTest::newRow("title with markup inside") << u"<title>a <b> c</title>"_s << u"a <b> c"_s;
        QTest::newRow("svg title ignored") << u"<svg><title>Icon</title></svg><title>Page</title>"_s << u"Page"_s;
        QTest::newRow("empty og:title falls back") << u"<meta property=og:title content=\"\"><title>T</title>"_s << u"T"_s;
        QTest::newRow("none") << u"<p>x</p>"_s << u""_s;
    }

    void title()
    {
        QFETCH(QString, html);
        QFETCH(QString, title);
        QCOMPARE(HtmlExtractor::extract(html).title, title);
    }

    void published_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("published");
        QTest::newRow("article:published_time")
            << u"<meta name=\"date\" content=\"2020-01-01\"><meta property=\"article:published_time\" content=\"2024-03-05T10:00:00Z\">"_s
            << u"2024-03-05T10:00:00Z"_s;
        for (const QString &name : {u"date"_s, u"pubdate"_s, u"publishdate"_s, u"dc.date"_s, u"DC.date.issued"_s,
                                    u"sailthru.date"_s, u"parsely-pub-date"_s}) {
            QTest::addRow("meta name %s", qPrintable(name))
                << u"<time datetime=\"1999-09-09\">x</time><meta name=\"%1\" content=\"2024-02-0%2\">"_s.arg(name).arg(name.size() % 9 + 1)
                << u"2024-02-0%1"_s.arg(name.size() % 9 + 1);
        }
        QTest::newRow("itemprop") << u"<time datetime=\"1999-09-09\">x</time><meta itemprop=\"datePublished\" content=\"2024-01-02\">"_s
                                  << u"2024-01-02"_s;
        QTest::newRow("itemprop on time") << u"<time datetime=\"1999\">x</time><time itemprop=datePublished datetime=\"2024-01-03\">"_s
                                          << u"2024-01-03"_s;
        QTest::newRow("time anywhere") << u"<p>On <time datetime=\"2023-12-31T23:00\">New Year's Eve</time></p>"_s
                                       << u"2023-12-31T23:00"_s;
        QTest::newRow("time in article preferred")
            << u"<div><time datetime=\"2024-01-01\">x</time></div><article><p>x</p><time datetime=\"2024-02-02\">Feb</time>"
               "<time datetime=\"2024-02-03\">later</time></article>"_s
            << u"2024-02-02"_s;
        QTest::newRow("time in nav ignored") << u"<nav><time datetime=\"2025-01-01\">today</time></nav><p><time datetime=\"2024-05-05\">y</time></p>"_s
                                             << u"2024-05-05"_s;
        QTest::newRow("time without datetime") << u"<time>5 May</time>"_s << u""_s;
        QTest::newRow("ld+json")
            << u"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\", \"datePublished\" :\n \"2024-04-04T08:00:00+02:00\"}</script>"_s
            << u"2024-04-04T08:00:00+02:00"_s;
        QTest::newRow("ld+json needs the type") << u"<script>var x = {\"datePublished\": \"2024-04-04\"};</script>"_s << u""_s;
        QTest::newRow("time over ld+json")
            << u"<script type=\"application/ld+json\">{\"datePublished\":\"2024-04-04\"}</script><time datetime=\"2024-04-05\"></time>"_s
            << u"2024-04-05"_s;
        QTest::newRow("none") << u"<p>Published 5 May 2024</p>"_s << u""_s;
    }

    void published()
    {
        QFETCH(QString, html);
        QFETCH(QString, published);
        QCOMPARE(HtmlExtractor::extract(html).published, published);
    }

    void url_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("url");
        QTest::newRow("canonical") << u"<link rel=\"canonical\" href=\"https://example.com/a?x=1&amp;y=2\">"_s
                                   << u"https://example.com/a?x=1&y=2"_s;
        QTest::newRow("canonical over og:url")
            << u"<meta property=\"og:url\" content=\"https://example.com/og\"><link rel=canonical href=https://example.com/c>"_s
            << u"https://example.com/c"_s;
        QTest::newRow("og:url") << u"<link rel=stylesheet href=a.css><meta property=\"og:url\" content=\"https://example.com/og\">"_s
                                << u"https://example.com/og"_s;
        QTest::newRow("uppercase") << u"<LINK REL=\"Canonical\" HREF='https://example.com/u'>"_s << u"https://example.com/u"_s;
        QTest::newRow("parameter that looks like an entity") << u"<link rel=canonical href=\"/a?b=1&amp=2&copy=3\">"_s
                                                             << u"/a?b=1&amp=2&copy=3"_s;
        QTest::newRow("none") << u"<a href=\"https://example.com\">x</a>"_s << u""_s;
    }

    void url()
    {
        QFETCH(QString, html);
        QFETCH(QString, url);
        QCOMPARE(HtmlExtractor::extract(html).url, url);
    }

    void articlePreferred_data()
    {
        addTextColumns();
        QTest::newRow("article over chrome")
            << u"<body><header><div class=logo>Daily News</div><nav>Home World</nav></header><div class=sidebar>Most read</div>"
               "<article><h1>Headline</h1><p>Story text.</p></article><footer>© 2024</footer></body>"_s
            << u"Headline\n\nStory text."_s;
        QTest::newRow("longest article")
            << u"<article><p>The main story, which is longer.</p></article><aside><article>Teaser in an aside, long long long</article></aside>"
               "<article><p>Short teaser</p></article>"_s
            << u"The main story, which is longer."_s;
        QTest::newRow("nested articles") << u"<article><p>Story</p><article><p>Comment</p></article></article><p>x</p>"_s
                                         << u"Story\n\nComment"_s;
        QTest::newRow("empty article falls back") << u"<p>Body text</p><article><script>x</script></article>"_s << u"Body text"_s;
        QTest::newRow("unclosed article") << u"<p>Chrome</p><article><p>Story"_s << u"Story"_s;
    }

    void articlePreferred()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(HtmlExtractor::extract(html).text, text);
    }

    void newsPage()
    {
        const HtmlArticle article = HtmlExtractor::extract(::newsPage());
        QCOMPARE(article.title, u"Council approves new bridge after years of debate"_s);
        QCOMPARE(article.published, u"2024-03-05T09:30:00+01:00"_s);
        QCOMPARE(article.url, u"https://gazette.example/news/2024/03/bridge"_s);
        QCOMPARE(article.text,
                 u"Local\n\n"
                 "Council approves new bridge\n\n"
                 "By Jane Doe · 5 March 2024\n\n"
                 "The old bridge, closed since 2019.\n\n"
                 "The city council voted 7–2 on Tuesday to build a new bridge over the Riverside, ending a debate that "
                 "has lasted almost a decade.\n\n"
                 "“This is a good day for the town,” said Mayor Ana Ruiz. “People have waited long enough.”\n\n"
                 "What happens next\n\n"
                 "Construction is expected to start in the autumn and to cost €12 million.\n"
                 "Work on the approach roads begins first.\n\n"
                 "Tenders: April\n\n"
                 "Start of works: September"_s);
    }

    void newsPageWithoutArticle()
    {
        QString page = ::newsPage();
        page.replace(u"<article class=\"story\">"_s, u"<div class=\"story\">"_s);
        page.replace(u"</article>"_s, u"</div>"_s);
        const HtmlArticle article = HtmlExtractor::extract(page);
        QVERIFY2(article.text.startsWith(u"The Riverside Gazette\n\nLocal\n\nCouncil approves"_s), qPrintable(article.text));
        QVERIFY2(article.text.endsWith(u"Start of works: September"_s), qPrintable(article.text));
        QVERIFY(!article.text.contains(u"Advertisement"_s));
        QVERIFY(!article.text.contains(u"Most read"_s));
        QVERIFY(!article.text.contains(u"tracking"_s));
    }

    void deepNesting()
    {
        constexpr int Depth = 10000;
        const QString html = u"<div>"_s.repeated(Depth) + u"deep"_s + u"</div>"_s.repeated(Depth) + u"<p>after</p>"_s;
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(HtmlExtractor::extract(html).text, u"deep\n\nafter"_s);
        QVERIFY2(timer.elapsed() < FastEnoughMs, qPrintable(QString::number(timer.elapsed())));

        const QString unclosed = u"<div><span>"_s.repeated(Depth) + u"bottom"_s;
        QCOMPARE(HtmlExtractor::extract(unclosed).text, u"bottom"_s);
    }

    void manyUnclosed()
    {
        constexpr int Count = 20000;
        // Unmatched end tags after the unclosed ones must not rescan the open elements each time.
        const QString html = u"<b>w "_s.repeated(Count) + u"</i>"_s.repeated(Count) + u"<p>end"_s;
        QElapsedTimer timer;
        timer.start();
        const QString text = HtmlExtractor::extract(html).text;
        QVERIFY2(timer.elapsed() < FastEnoughMs, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(text.size(), Count * 2 - 1 + 5);
        QVERIFY(text.startsWith(u"w w w"_s));
        QVERIFY(text.endsWith(u"w\n\nend"_s));
    }

    void pathologicalInputIsLinear_data()
    {
        QTest::addColumn<QString>("html");
        constexpr int Count = 20000;
        QTest::newRow("unclosed comments") << u"<!-- a > "_s.repeated(Count);
        QTest::newRow("unclosed quotes") << u"<a title='x>y "_s.repeated(Count);
        QTest::newRow("unclosed double quotes") << u"<p title=\"x>y "_s.repeated(Count);
        QTest::newRow("raw text end look-alikes") << u"<script>"_s + u"</scrip></scriptx "_s.repeated(Count);
        QTest::newRow("entities") << u"&amp;&#x41;&nosuch;&#;&"_s.repeated(Count);
        QTest::newRow("nested dropped") << u"<nav><div>"_s.repeated(Count) + u"</nav>"_s.repeated(Count);
        QTest::newRow("many articles") << u"<article>a"_s.repeated(Count) + u"</article>"_s.repeated(Count);
    }

    void pathologicalInputIsLinear()
    {
        QFETCH(QString, html);
        QElapsedTimer timer;
        timer.start();
        const HtmlArticle article = HtmlExtractor::extract(html);
        QVERIFY2(timer.elapsed() < FastEnoughMs, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(textProblem(article.text).isEmpty(), qPrintable(textProblem(article.text)));
    }

    void randomSoup()
    {
        QRandomGenerator random(20240305);
        for (int round = 0; round < 2000; ++round) {
            const bool withEntities = round % 2 == 1;
            const QString soup = ::randomSoup(random, withEntities);
            const HtmlArticle article = HtmlExtractor::extract(soup);
            const QString context = u"round %1: %2"_s.arg(round).arg(soup);
            QVERIFY2(textProblem(article.text).isEmpty(), qPrintable(textProblem(article.text) + u" in "_s + context));
            if (!withEntities) {
                QVERIFY2(!article.text.contains(u'<'), qPrintable(article.text + u" from "_s + context));
            }
            for (const QString &line : {article.title, article.published, article.url}) {
                QVERIFY2(textProblem(line).isEmpty() && !line.contains(u'\n'), qPrintable(context));
            }
            HtmlExtractor::looksLikeHtml(soup);
        }
    }

    void looksLikeHtml_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("html");
        QTest::newRow("doctype") << u"<!DOCTYPE html><html><body>x"_s << true;
        QTest::newRow("lowercase doctype after bom") << u"\uFEFF\n <!doctype HTML>"_s << true;
        QTest::newRow("html") << u"  \n<html lang=en>"_s << true;
        QTest::newRow("head") << u"<HEAD><title>x"_s << true;
        QTest::newRow("body") << u"<body>"_s << true;
        QTest::newRow("meta") << u"<meta charset=\"utf-8\">"_s << true;
        QTest::newRow("article") << u"<article class=story>x"_s << true;
        QTest::newRow("comment") << u"<!-- saved from url=(0042)https://example.com -->"_s << true;
        QTest::newRow("fragment with div") << u"Some preamble\n<div class=x>text</div>"_s << true;
        QTest::newRow("paragraph fragment") << u"<p>Para one.</p>\n<p>Two</p>"_s << true;
        QTest::newRow("xml declaration") << u"<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'><head><title>t</title>"_s
                                         << true;
        QTest::newRow("empty") << u""_s << false;
        QTest::newRow("comparison") << u"a < b and b > c"_s << false;
        QTest::newRow("prose") << u"Live updates\n\nThe council met on Tuesday. Costs < 5% were approved."_s << false;
        QTest::newRow("html-ish word") << u"<htmlish> is not a tag"_s << false;
        QTest::newRow("tag named in prose") << u"The <div> element is a block; use <p> for paragraphs."_s << false;
        QTest::newRow("closing tag only") << u"if a<b then </b> is fine"_s << false;
        QTest::newRow("markup after 2 KB") << QString(u"word "_s.repeated(500) + u"<p>x</p>"_s) << false;
        QTest::newRow("heart") << u"<3 love it"_s << false;
        QTest::newRow("seed header") << u" date 2024-01-19 US President"_s << false;
    }

    void looksLikeHtml()
    {
        QFETCH(QString, text);
        QFETCH(bool, html);
        QCOMPARE(HtmlExtractor::looksLikeHtml(text), html);
    }
};

QTEST_GUILESS_MAIN(TestHtmlExtractor)
#include "tst_htmlextractor.moc"
